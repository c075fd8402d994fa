import Foundation

/// Where each artifact of a run really goes, checked before anything is written: inside the project
/// (after following symlinks), not one of the project's inputs, and writable. Every problem is
/// collected, so one run names them all, and nothing has been touched when it fails.
struct WriteTargets {
    /// One artifact: the path the config names and the file a write lands in (a symlink's target,
    /// so a symlinked artifact is written through and stays a symlink).
    struct Target {
        var path: String
        var real: String
        var exists: Bool
    }

    var root: String
    var allowOutside: Bool
    /// Files the run reads (models, the configuration, baselines), absolute.
    var inputs: [String: String]

    init(config: ProjectConfig) {
        root = Self.resolve(config.root)
        allowOutside = config.allowOutside
        var inputs = [Self.resolve(config.file): "the configuration file"]
        for model in config.models {
            inputs[Self.resolve(config.absolute(model.path))] = "the model file of '\(model.name)'"
            if let baseline = model.lint.baseline {
                inputs[Self.resolve(config.absolute(baseline))] = "the lint baseline of '\(model.name)'"
            }
        }
        self.inputs = inputs
    }

    /// Resolves every path (root-relative or absolute); throws every problem found, one line each.
    /// `following: false` (removals) resolves the directory but acts on a symlink itself.
    func resolve(_ paths: [String], absolute: (String) -> String, following: Bool = true) throws -> [Target] {
        var targets: [Target] = []
        var problems: [String] = []
        for path in paths {
            let full = absolute(path)
            let real =
                following
                ? Self.resolve(full)
                : (Self.resolve((full as NSString).deletingLastPathComponent) as NSString).appendingPathComponent(
                    (full as NSString).lastPathComponent)
            if let problem = following ? problem(path, real: real) : placement(real) {
                problems.append("error: \(path): \(problem)")
            } else {
                targets.append(Target(path: path, real: real, exists: FileManager.default.fileExists(atPath: real)))
            }
        }
        guard problems.isEmpty else {
            throw ReportedFailures(problems + ["  hint: generate wrote nothing; fix these paths in the configuration and run it again"])
        }
        return targets
    }

    /// Nil when `real` lies inside the project (or may lie outside) and is not an input.
    private func placement(_ real: String) -> String? {
        if !allowOutside, !real.hasPrefix(root + "/") {
            return "resolves to \(real), outside the project (through a symlink)"
                + " (pass --allow-outside-project to write there on purpose)"
        }
        if let input = inputs[real] { return "is \(input); generate does not overwrite its inputs" }
        return nil
    }

    private func problem(_ path: String, real: String) -> String? {
        if let problem = placement(real) { return problem }
        var info = stat()
        if stat(real, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else { return "exists and is not a regular file" }
            return writableDirectory((real as NSString).deletingLastPathComponent)
        }
        if lstat(real, &info) == 0 { return "is a symlink to a missing file" }
        return writableDirectory((real as NSString).deletingLastPathComponent)
    }

    /// Nil when files can be created in `directory` (or in the directories generate would create).
    private func writableDirectory(_ directory: String) -> String? {
        var current = directory
        var info = stat()
        while stat(current, &info) != 0 {
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current { return "no directory to create it in" }
            current = parent
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return "\(current) is a file, not a directory" }
        return access(current, W_OK | X_OK) == 0 ? nil : "directory \(current) is not writable"
    }

    /// `path` with every symlink followed; the part that does not exist yet is appended as written.
    static func resolve(_ path: String) -> String {
        var existing = (path as NSString).standardizingPath
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let resolved = String(cString: real)
                return rest.reversed().reduce(resolved) { ($0 as NSString).appendingPathComponent($1) }
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return path }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
