import Foundation

/// What a child process printed and how it ended.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdoutData: Data
    public var stderr: String
    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
}

/// Runs programs for end-to-end tests: the built `topograph`, `dot`, git, python.
public enum TestProcess {
    /// The repository checkout these tests belong to.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The debug `topograph` that `swift build` makes, as CI runs it.
    public static let topograph = repositoryRoot.appendingPathComponent(".build/debug/topograph")

    /// Runs `executable` (a path, or a name looked up on PATH) with `arguments` in `directory`, with
    /// `environment` added and `input` on standard input. Output goes through files, so a child
    /// that prints megabytes never blocks on a full pipe.
    public static func run(
        _ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        input: Data? = nil
    ) throws -> ProcessResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let paths = ["in", "out", "err"].map { scratch.appendingPathComponent($0) }
        FileManager.default.createFile(atPath: paths[0].path, contents: input ?? Data())
        FileManager.default.createFile(atPath: paths[1].path, contents: nil)
        FileManager.default.createFile(atPath: paths[2].path, contents: nil)
        let process = Process()
        let isPath = executable.contains("/")
        process.executableURL = URL(fileURLWithPath: isPath ? executable : "/usr/bin/env")
        process.arguments = (isPath ? [] : [executable]) + arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        process.environment = env.merging(environment) { $1 }
        process.standardInput = try FileHandle(forReadingFrom: paths[0])
        process.standardOutput = try FileHandle(forWritingTo: paths[1])
        process.standardError = try FileHandle(forWritingTo: paths[2])
        try process.run()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdoutData: try Data(contentsOf: paths[1]),
            stderr: String(decoding: try Data(contentsOf: paths[2]), as: UTF8.self))
    }

    /// Runs the built `topograph`; fails clearly when `swift build` has not made it yet.
    public static func topograph(
        _ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:]
    ) throws -> ProcessResult {
        guard FileManager.default.isExecutableFile(atPath: topograph.path) else {
            throw MissingBinary(path: topograph.path)
        }
        return try run(topograph.path, arguments, in: directory, environment: environment)
    }

    /// The `dot` command's output for `text`, for parity checks with the in-process renderer.
    public static func dot(_ text: String, format: String, extraArguments: [String] = []) throws -> Data {
        let result = try run("/usr/bin/dot", ["-T\(format)"] + extraArguments, input: Data(text.utf8))
        guard result.status == 0 else { throw CommandFailed(command: "dot -T\(format)", result: result) }
        return result.stdoutData
    }

    public struct CommandFailed: Error, CustomStringConvertible {
        public var command: String
        public var result: ProcessResult
        public var description: String { "\(command) exited with \(result.status): \(result.stderr)" }
    }

    public struct MissingBinary: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path) is missing: run `swift build` before `swift test` (scripts/test.sh does both)" }
    }
}
