import Foundation

/// Writes files so a reader never sees half of one: write a temporary sibling, then rename.
///
/// Every file Topograph produces goes through here; renderers return bytes and never touch disk.
public enum AtomicFile {
    /// Writes `data` to `path` atomically, creating parent directories.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            sweepStrays(beside: [url.path])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if error is CLIError { throw error }
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes several files so that either all are replaced or, on failure, none is:
    /// every file goes to a temporary sibling first, and renames happen only when all are written.
    public static func writeAll(_ files: [(path: String, data: Data)]) throws {
        var staged: [(temporary: URL, target: URL)] = []
        defer { for s in staged { try? FileManager.default.removeItem(at: s.temporary) } }
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            let directory = url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(
                ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            do { try file.data.write(to: temporary) } catch {
                throw CLIError("cannot write \(file.path): \(error.localizedDescription)")
            }
            staged.append((temporary, url))
        }
        for s in staged where rename(s.temporary.path, s.target.path) != 0 {
            throw CLIError("cannot write \(s.target.path): \(String(cString: strerror(errno)))")
        }
        staged.removeAll()
        sweepStrays(beside: files.map { URL(fileURLWithPath: $0.path).path })
    }

    /// Removes what an earlier, killed write of the same files left beside them (`.<name>.tmp-<pid>-<n>`
    /// of a process that is gone), so a `kill -9` of `render -o` does not leave a file `git status` shows.
    private static func sweepStrays(beside paths: [String]) {
        for stray in StrayTemporaries.beside(paths, root: "/") { unlink(stray) }
    }
}
