import Foundation

/// The one place Swift model loading writes: compiled DSL libraries and loaded-model JSON.
///
/// `$TOPOGRAPH_CACHE_DIR`, else `$XDG_CACHE_HOME/topograph`, else `~/.cache/topograph`. Entries are
/// written to a temporary sibling and renamed into place, so concurrent loads never see half of one.
struct ModelCache {
    let root: String

    init(environment: [String: String]) {
        if let explicit = environment["TOPOGRAPH_CACHE_DIR"], !explicit.isEmpty {
            root = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            root = "\(xdg)/topograph"
        } else {
            root = "\(environment["HOME"] ?? NSHomeDirectory())/.cache/topograph"
        }
    }

    /// The compiled DSL for one compiler and one version of the embedded sources.
    func dslDirectory(key: String) -> String { "\(root)/dsl/\(key)" }
    /// The loaded model (the JSON its program emitted) for one cache key.
    func modelEntry(key: String) -> String { "\(root)/models/\(key).json" }
    /// Shared by every compile, so clang's module cache does not land in the user's home.
    var clangModuleCache: String { "\(root)/clang-module-cache" }

    /// Removes what killed loads left behind: work directories in `tmp/`, DSL builds staged beside
    /// `dsl/` entries and half-written model entries, each named with the pid of a process that is gone.
    func sweep() {
        for folder in ["tmp", "dsl", "models"] {
            let directory = "\(root)/\(folder)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
                guard folder == "tmp" || name.contains(".tmp-"), let pid = Leftovers.owner(of: name), !Leftovers.isAlive(pid) else {
                    continue
                }
                try? FileManager.default.removeItem(atPath: "\(directory)/\(name)")
            }
        }
    }

    /// Moves a damaged entry out of the way (a rename, so a concurrent loader never sees half of
    /// it) and deletes it.
    func discard(_ directory: String) {
        let aside = "\(root)/tmp/\(getpid())-damaged-\(UInt64.random(in: 0...UInt64.max))"
        try? createDirectory("\(root)/tmp")
        if rename(directory, aside) == 0 { try? FileManager.default.removeItem(atPath: aside) }
    }

    /// A fresh private directory for one load's intermediate files; the caller removes it.
    func makeWorkDirectory() throws -> String {
        let path = "\(root)/tmp/\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try createDirectory(path)
        return path
    }

    func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw SubprocessError("cannot create the model cache directory \(path): \(error.localizedDescription)")
        }
    }

    /// Writes `data` to a temporary sibling of `path`, then renames it into place.
    func writeAtomically(_ data: Data, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try createDirectory(directory)
        let temporary = "\(directory)/.tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw SubprocessError("cannot write the model cache entry \(path): \(error.localizedDescription)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SubprocessError("cannot write the model cache entry \(path): \(reason)")
        }
    }
}
