import Foundation

/// A program started in the background for end-to-end tests of long-running commands (`watch`,
/// `serve`): its output goes to files the test reads while it runs, and it is killed if the test
/// forgets to stop it.
public final class RunningProcess: @unchecked Sendable {
    private let process = Process()
    private let scratch: URL

    /// Starts `executable` with `arguments` in `directory`.
    public init(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-running-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for name in ["out", "err"] { FileManager.default.createFile(atPath: scratch.appendingPathComponent(name).path, contents: nil) }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: scratch.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: scratch.appendingPathComponent("err"))
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: scratch)
    }

    public var pid: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }
    public var stdout: String { read("out") }
    public var stderr: String { read("err") }

    /// Waits up to `timeout` seconds for `condition` (checked every 50 ms); returns whether it held.
    @discardableResult
    public func wait(timeout: Double = 60, until condition: (RunningProcess) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(self) { return true }
            usleep(50_000)
        }
        return condition(self)
    }

    /// Sends `signal` and waits up to `timeout` seconds for the exit; nil if it is still running
    /// (then it is killed).
    public func stop(with signal: Int32, timeout: Double = 20) -> Int32? {
        kill(process.processIdentifier, signal)
        guard wait(timeout: timeout, until: { !$0.isRunning }) else {
            kill(process.processIdentifier, SIGKILL)
            return nil
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func read(_ name: String) -> String {
        String(decoding: FileManager.default.contents(atPath: scratch.appendingPathComponent(name).path) ?? Data(), as: UTF8.self)
    }
}
