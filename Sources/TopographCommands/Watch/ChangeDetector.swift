/// Polls a set of files and reports those whose stamp differs from the last poll. Polling (every
/// few hundred milliseconds) rather than inotify: it sees atomic-rename saves, files that do not
/// exist yet and files on network mounts alike, and costs one `stat` per file.
struct ChangeDetector {
    private(set) var stamps: [String: FileStamp]
    /// Reads a file's stamp; tests pass a fake file system.
    private let stamp: (String) -> FileStamp

    init(paths: some Sequence<String>, stamp: @escaping (String) -> FileStamp = FileStamp.of) {
        self.stamp = stamp
        stamps = Dictionary(paths.map { ($0, stamp($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The watched files, sorted.
    var paths: [String] { stamps.keys.sorted() }

    /// The files changed since the last poll (sorted), recording their new stamps.
    mutating func poll() -> [String] {
        var changed: [String] = []
        for path in paths {
            let now = stamp(path)
            if now != stamps[path] {
                stamps[path] = now
                changed.append(path)
            }
        }
        return changed
    }

    /// Watches `paths` from now on: new files start from their current stamp, dropped ones are forgotten.
    mutating func watch(_ paths: some Sequence<String>) {
        let wanted = Set(paths)
        stamps = stamps.filter { wanted.contains($0.key) }
        for path in wanted where stamps[path] == nil { stamps[path] = stamp(path) }
    }
}
