import Foundation
import Testing
import TopographTestSupport

/// Runs the built `topograph` executable (`.build/debug/topograph`) the way CI does.
enum Binary {
    typealias Result = ProcessResult

    static let url = TestProcess.topograph

    /// Runs `topograph arguments` in `directory` with `environment` added.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        try TestProcess.topograph(arguments, in: directory, environment: environment)
    }
}

/// A fresh, empty temporary directory.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

extension Binary {
    /// Runs `command` in bash (for what a user's shell does with topograph's output).
    static func shell(_ command: String, in directory: URL) throws -> Result {
        try TestProcess.run("/bin/bash", ["-c", command], in: directory)
    }
}
