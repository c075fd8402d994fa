import Foundation
import TopographModelFiles

/// One `watch` session: the configuration as last read, the files it watches, and one generate run
/// per burst of saves.
struct WatchSession {
    let command: WatchCommand
    let configPath: String
    /// The configuration file and every watched model file, absolute.
    private(set) var watched: [String] = []
    private var firstRun = true

    init(command: WatchCommand, configPath: String) {
        self.command = command
        self.configPath = configPath
        watched = [Self.absolute(configPath)]
    }

    /// Reads the configuration once before watching: a usage error (no config, an unknown model)
    /// ends the command, while later errors (a model's, a broken config) are printed and watched.
    mutating func start() throws {
        watched = Self.files(of: try selectedConfig(), configPath: configPath)
    }

    /// Generates once and prints one summary line; returns the files to watch next.
    mutating func runOnce() -> [String] {
        let started = WatchLoop.monotonicSeconds()
        do {
            let config = try selectedConfig()
            watched = Self.files(of: config, configPath: configPath)
            let generation = Generation(
                config: config, toolchain: LiveToolchain(), today: try command.validation.resolved(),
                useCache: !(command.force && firstRun), overwriteEdits: command.force)
            firstRun = false
            let report = try generation.run()
            Self.say(Self.summary(report, seconds: WatchLoop.monotonicSeconds() - started))
        } catch {
            // A stop signal killed the model's compiler: that is the end, not an error to show.
            guard !StopSignals.requested else { return watched }
            Self.complain(Diagnostics.lines(for: error))
            Self.complain("\(Self.clock()) failed: previous artifacts kept; watching for the next save")
        }
        return watched
    }

    /// The configuration, narrowed to the models named on the command line.
    private func selectedConfig() throws -> ProjectConfig {
        var config = try command.project.loadConfig()
        guard !command.models.isEmpty else { return config }
        let wanted = command.models.map(Self.absolute)
        let unknown = wanted.filter { path in !config.models.contains { Self.absolute(config.absolute($0.path)) == path } }
        guard unknown.isEmpty else {
            throw CLIError(
                "\(unknown.joined(separator: ", ")): not a model of \(config.file)",
                hint: "add it under `models:` in \(config.file), or watch one of: "
                    + config.models.map(\.path).joined(separator: ", "))
        }
        config.models = config.models.filter { wanted.contains(Self.absolute(config.absolute($0.path))) }
        return config
    }

    /// What a save of which regenerates: the configuration and each model file.
    static func files(of config: ProjectConfig, configPath: String) -> [String] {
        [absolute(configPath)] + config.models.map { absolute(config.absolute($0.path)) }
    }

    /// One line: what the run wrote (or that nothing changed), how much is fresh, the findings.
    static func summary(_ report: Generation<LiveToolchain>.Report, seconds: Double) -> String {
        let findings = report.outcomes.reduce(0) { $0 + $1.findings.count }
        let changed = report.written + report.removed.map { "removed \($0)" }
        let what =
            changed.isEmpty
            ? "no artifact changed"
            : "wrote \(changed.count) file\(changed.count == 1 ? "" : "s"): \(changed.joined(separator: ", "))"
        return "\(clock()) \(what) (\(report.upToDate) up to date; \(findings) finding\(findings == 1 ? "" : "s"); "
            + String(format: "%.1f s)", seconds)
    }

    /// The wall-clock time of a run, so the latest line is easy to tell from the one before.
    static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return "[\(formatter.string(from: Date()))]"
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
    }

    /// Prints a line at once (unbuffered): a pipe would otherwise hold it until the session ends.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func complain(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
