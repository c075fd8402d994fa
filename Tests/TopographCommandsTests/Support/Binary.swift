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
