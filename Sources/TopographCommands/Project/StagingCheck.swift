import Foundation

/// Generated files that a commit would leave behind: untracked, or changed but not staged.
///
/// pre-commit notices files a hook modified, but not files it created, so a first `generate` in a
/// hook used to pass while the new diagrams stayed out of the commit. `generate --require-staged`
/// asks git about every artifact of the configuration instead.
enum StagingCheck {
    /// One generated file git would not commit as it is on disk.
    struct Unstaged: Equatable, Sendable {
        var path: String
        var untracked: Bool
    }

    /// The artifacts of `config` that are untracked or differ from the index, in git's order (by
    /// path), as git prints them (relative to the repository root).
    static func unstaged(in config: ProjectConfig) throws -> [Unstaged] {
        let paths = config.models.flatMap { ArtifactPlan.files(of: $0).map(\.path) }
        guard !paths.isEmpty else { return [] }
        let result = try GitRevision.run(
            ["git", "-C", config.root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--"] + paths)
        guard result.status == 0 else {
            throw CLIError(
                "cannot ask git which generated files are staged: \(result.error.split(separator: "\n").first ?? "")",
                hint: "--require-staged works inside a git repository (the pre-commit hook)")
        }
        return parse(result.output)
    }

    /// Entries of `git status --porcelain=v1 -z` whose work-tree column is not clean.
    static func parse(_ output: Data) -> [Unstaged] {
        let entries = String(decoding: output, as: UTF8.self).split(separator: "\0").map(String.init)
        var unstaged: [Unstaged] = []
        var index = 0
        while index < entries.count {
            let entry = entries[index]
            index += 1
            guard entry.count > 3 else { continue }
            let staged = entry[entry.startIndex]
            let worktree = entry[entry.index(after: entry.startIndex)]
            // A rename or copy is followed by its source path, which is not an entry of its own.
            if staged == "R" || staged == "C" { index += 1 }
            guard worktree != " " else { continue }
            unstaged.append(Unstaged(path: String(entry.dropFirst(3)), untracked: worktree == "?"))
        }
        return unstaged
    }

    /// The message that names the files and the command that adds them.
    static func message(_ files: [Unstaged]) -> String {
        var lines = ["error: generated files are not staged for this commit:"]
        lines += files.map { "  \($0.untracked ? "untracked" : "modified"): \($0.path)" }
        let quoted = files.map { $0.path.contains(" ") ? "'\($0.path)'" : $0.path }
        lines.append("  hint: git add \(quoted.joined(separator: " "))   # then commit again")
        return lines.joined(separator: "\n")
    }
}
