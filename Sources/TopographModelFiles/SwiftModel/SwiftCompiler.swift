import Foundation

/// The `swiftc` that compiles models, and an identity that changes when it is replaced.
struct SwiftCompiler {
    let path: String
    /// Resolved path, size and modification time: a new toolchain means a new cache entry,
    /// without spawning `swiftc --version` on every load.
    let identity: String

    /// `$TOPOGRAPH_SWIFTC`, else `swiftc` on `PATH`, else the usual toolchain location.
    static func locate(environment: [String: String]) throws -> SwiftCompiler {
        if let explicit = environment["TOPOGRAPH_SWIFTC"], !explicit.isEmpty {
            guard let compiler = SwiftCompiler(path: explicit) else {
                throw SubprocessError("TOPOGRAPH_SWIFTC is '\(explicit)', which is not an executable")
            }
            return compiler
        }
        let searchPath = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/swiftc" }
        for candidate in searchPath + ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"] {
            if let compiler = SwiftCompiler(path: candidate) { return compiler }
        }
        throw SubprocessError(
            "cannot find swiftc to compile the Swift model; install a Swift toolchain, put swiftc on PATH, "
                + "set TOPOGRAPH_SWIFTC, or use a YAML model")
    }

    init(path: String, identity: String) {
        self.path = path
        self.identity = identity
    }

    init?(path: String) {
        guard access(path, X_OK) == 0, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        var info = stat()
        guard stat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        self.path = path
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        identity = "\(String(cString: resolved)) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }
}
