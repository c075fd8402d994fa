import Foundation
import Testing

/// Runs the built `topograph` executable (`.build/debug/topograph`) the way CI does.
struct Binary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let url = TestPaths.repositoryRoot.appendingPathComponent(".build/debug/topograph")

    /// Runs `topograph arguments` in `directory` with `environment` added; output goes through files
    /// so a large report cannot fill a pipe and block the child.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            Issue.record("\(url.path) not built: run `swift build` before `swift test`")
            return Result(status: -1, stdout: "", stderr: "")
        }
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out")
        let err = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        process.environment = env.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

/// A fresh, empty temporary directory.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
