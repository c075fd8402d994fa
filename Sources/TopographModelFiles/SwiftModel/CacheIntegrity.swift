import Foundation

/// The compiled DSL's completion marker is also its manifest: the SHA-256 of every file the build
/// produced. A library truncated by a full disk, a module overwritten by hand or an entry whose
/// build never finished is noticed before the compiler blames the user's model for it.
enum CacheIntegrity {
    static let markerName = "complete"
    /// What a build produces; sources and logs are not used afterwards.
    static let builtFolders = ["modules", "lib", "bin"]

    /// Writes the manifest of `directory`'s built files as its completion marker (the last step).
    static func seal(_ directory: String, cache: ModelCache) throws {
        let lines = files(in: directory).map { "\(hash(of: "\(directory)/\($0)") ?? "") \($0)\n" }
        try cache.writeAtomically(Data(lines.joined().utf8), to: "\(directory)/\(markerName)")
    }

    /// Nil when `directory` is complete and every file is as built; otherwise what is wrong.
    static func problem(in directory: String) -> String? {
        guard let text = try? String(contentsOfFile: "\(directory)/\(markerName)", encoding: .utf8) else {
            return "it has no completion marker (its build never finished)"
        }
        var listed: [String] = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return "its completion marker is not a file list" }
            guard let actual = hash(of: "\(directory)/\(parts[1])") else { return "\(parts[1]) is missing" }
            guard actual == parts[0] else { return "\(parts[1]) changed since it was built" }
            listed.append(parts[1])
        }
        return listed.isEmpty ? "its completion marker lists no files" : nil
    }

    /// The built files, relative to `directory`, sorted.
    static func files(in directory: String) -> [String] {
        var files: [String] = []
        for folder in builtFolders {
            let enumerator = FileManager.default.enumerator(atPath: "\(directory)/\(folder)")
            while let path = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: "\(directory)/\(folder)/\(path)", isDirectory: &isDirectory),
                    !isDirectory.boolValue
                {
                    files.append("\(folder)/\(path)")
                }
            }
        }
        return files.sorted()
    }

    private static func hash(of path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return SHA256.hex(data)
    }
}

/// Files and directories a process names after its pid (`<pid>-…` work directories,
/// `….tmp-<pid>-…` staging) and leaves behind when it is killed.
public enum Leftovers {
    /// The pid a temporary name carries, if any.
    public static func owner(of name: String) -> Int32? {
        if let marker = name.range(of: ".tmp-", options: .backwards) {
            return name[marker.upperBound...].split(separator: "-").first.flatMap { Int32($0) }
        }
        return name.split(separator: "-").first.flatMap { Int32($0) }
    }

    /// Whether the process that made a leftover may still be using it (a reused pid only delays a sweep).
    public static func isAlive(_ pid: Int32) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }
}
