import ArgumentParser
import Foundation
import TopographModelFiles

/// `--config`: the project file of the commands that work on a whole project (`generate`, `check`).
struct ProjectOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The configuration file; default: topograph.yml in this directory or the nearest parent.", valueName: "file"))
    var config: String?

    @Flag(help: "Allow artifact paths outside the project directory (absolute, with .., or through a symlink).")
    var allowOutsideProject = false

    /// The configuration, found or given.
    func loadConfig() throws -> ProjectConfig {
        try ConfigParser.load(try configPath(), allowOutside: allowOutsideProject)
    }

    func configPath() throws -> String {
        if let config { return config }
        return try Self.nearestConfig()
    }

    /// topograph.yml in the working directory or the nearest parent.
    static func nearestConfig() throws -> String {
        var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        while true {
            let candidate = directory.appendingPathComponent(ProjectConfig.fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        throw CLIError(
            "no \(ProjectConfig.fileName) in this directory or any parent",
            hint: "run `topograph init` to create one, or pass --config <file>")
    }
}

/// Progress lines for people at a terminal; silent in CI and when output is piped.
struct ProgressReporter: Sendable {
    let enabled: Bool

    init(quiet: Bool) {
        enabled = !quiet && TerminalProgress.isInteractive
    }

    func line(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
