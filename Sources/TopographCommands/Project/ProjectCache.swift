import Foundation
import TopographModel
import TopographModelFiles

/// What the last `generate` produced for each model, kept in `.topograph-cache/` (not committed):
/// the inputs' hash, the hash of every file written, and the findings. A model whose inputs and files
/// are unchanged is skipped without loading it, which matters for Swift models (they compile).
///
/// Records are kept per configuration file, so `generate --config other.yml` in the same directory
/// neither removes nor reuses what `topograph.yml` generated.
struct CacheState: Codable, Equatable {
    /// Model records by configuration file name, then by model name.
    var configs: [String: [String: ModelState]] = [:]
    /// The hashes a run was committing when it saved this state: files that match them after a run
    /// was killed half-way are Topograph's own writes, not hand edits.
    var committing: [String: String] = [:]

    struct ModelState: Codable, Equatable {
        /// Hash of the model file's bytes, its config entry, the topograph binary and the date.
        var key: String
        /// SHA-256 of each artifact as last written, by root-relative path.
        var files: [String: String]
        var findings: [Finding]
        /// Which of `files` are injection targets (files the user owns); nil in states written
        /// before this was recorded.
        var injected: [String]? = nil
    }
}

/// The cache directory of a project: state file and lock file.
struct ProjectCache {
    static let directoryName = ".topograph-cache"
    let directory: String

    init(root: String) { directory = (root as NSString).appendingPathComponent(Self.directoryName) }

    var stateFile: String { (directory as NSString).appendingPathComponent("state.json") }
    var lockFile: String { (directory as NSString).appendingPathComponent("lock") }

    /// The recorded state; empty when missing or unreadable (a cache is never worth failing over).
    func load() -> CacheState {
        guard let data = FileManager.default.contents(atPath: stateFile),
            let state = try? JSONDecoder().decode(CacheState.self, from: data)
        else { return CacheState() }
        return state
    }

    /// Replaces the state file, staging it in the run directory.
    func save(_ state: CacheState, through run: RunDirectory) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let staged = run.newFile("state.json")
        do { try encoder.encode(state).write(to: URL(fileURLWithPath: staged)) } catch { throw Self.unusable(directory, error) }
        try FileTransaction.move(staged, to: stateFile)
    }

    /// Creates the cache directory; a file in its place or an unwritable project is a usage error
    /// (exit 2) that says what to do.
    func prepare() throws {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw CLIError(
                    "\(directory) exists and is not a directory; generate keeps its records there",
                    hint: "remove or rename that file (the directory is created again and belongs in .gitignore)")
            }
            return
        }
        guard mkdir(directory, 0o777) == 0 || errno == EEXIST else {
            throw CLIError(
                "cannot create \(directory): \(String(cString: strerror(errno)))",
                hint: "generate needs a writable project directory for its records; check the directory's permissions")
        }
    }

    /// The error for a cache directory that cannot be used.
    static func unusable(_ directory: String, _ error: Error) -> CLIError {
        CLIError(
            "cannot write in \(directory): \(FileTransaction.reason(error))",
            hint: "check the permissions of the project directory, or remove \(directory) (it holds nothing but records)")
    }

    /// Whether `state` still describes the files on disk: same inputs, and every artifact unchanged.
    func isFresh(_ state: CacheState.ModelState?, key: String, files: [String], root: String) -> Bool {
        guard let state, state.key == key, Set(state.files.keys) == Set(files) else { return false }
        return files.allSatisfy { path in
            guard let data = FileManager.default.contents(atPath: (root as NSString).appendingPathComponent(path)) else { return false }
            return SHA256.hex(data) == state.files[path]
        }
    }

    /// The cache key of one model: anything that can change its artifacts.
    static func key(for entry: ModelEntry, modelBytes: Data, today: String?) -> String {
        var text = "topograph \(TopographCommand.version)\n\(executableIdentity)\n\(today ?? "-")\n\(entry)\n"
        text += SHA256.hex(modelBytes)
        return SHA256.hex(text)
    }

    /// The running binary's size and modification time: a rebuilt topograph renders afresh even when
    /// its version string did not change (development builds).
    static let executableIdentity: String = {
        // A plain stat: Bundle and FileManager attributes cost more than the rest of a cache check.
        #if os(Linux)
            let path = "/proc/self/exe"
        #else
            guard let path = Bundle.main.executablePath else { return "unknown" }
        #endif
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown" }
        #if os(Linux)
            let modified = info.st_mtim
        #else
            let modified = info.st_mtimespec
        #endif
        return "\(info.st_dev):\(info.st_ino) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }()
}

/// An advisory `flock` on the project's lock file, so two `generate` runs take turns instead of
/// interleaving their renames. Released when closed or when the process exits.
final class FileLock {
    private var descriptor: Int32

    /// Takes the lock, waiting for another holder; `onWait` runs once if it has to wait.
    init(path: String, exclusive: Bool, onWait: () -> Void) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CLIError("cannot open lock file \(path): \(String(cString: strerror(errno)))") }
        let mode = exclusive ? LOCK_EX : LOCK_SH
        if flock(descriptor, mode | LOCK_NB) != 0 {
            onWait()
            while flock(descriptor, mode) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw CLIError("cannot lock \(path): \(String(cString: strerror(errno)))")
                }
            }
        }
    }

    func unlock() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { unlock() }
}
