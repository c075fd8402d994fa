import Foundation

/// Reads a file as it was at a git revision, for `topograph diff --git REV model`.
enum GitRevision {
    /// Writes `path` at `revision` to a fresh temporary directory under the same file name (the
    /// extension picks the loader; a Swift model keeps its name) and returns the copy's path.
    static func checkout(_ path: String, at revision: String) throws -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let directory = url.deletingLastPathComponent().path
        // `REV:./name` resolves relative to the working directory git runs in, wherever the repo root is.
        let result = try run(["git", "-C", directory, "show", "\(revision):./\(url.lastPathComponent)"])
        guard result.status == 0 else {
            let reason = result.error.split(separator: "\n").first.map(String.init) ?? "git show failed"
            throw CLIError(
                "cannot read \(path) at \(revision): \(reason)",
                hint: "is \(path) inside a git repository, and did it exist at \(revision)?")
        }
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("topograph-diff-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let copy = temporary.appendingPathComponent(url.lastPathComponent)
        try result.output.write(to: copy)
        return copy.path
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do { try process.run() } catch {
            throw CLIError("cannot run git: \(error.localizedDescription)", hint: "install git or compare two files instead")
        }
        // Read before waiting, so a large file cannot fill the pipe and deadlock.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data, String(decoding: message, as: UTF8.self))
    }
}
