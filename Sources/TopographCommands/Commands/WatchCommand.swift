import ArgumentParser
import Foundation
import TopographModelFiles

/// `topograph watch`: `generate` again on every save of a model or of topograph.yml.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Regenerate a project's artifacts whenever a model or topograph.yml is saved.",
        discussion: """
            Runs `topograph generate` once, then again after every save of a watched model (all models \
            of topograph.yml, or those named) or of the configuration itself. Only models whose file \
            changed are rebuilt, and only files whose bytes differ are rewritten; each run prints one \
            line saying what it wrote. Files are polled four times a second, and a burst of writes \
            (editors save through a temporary file and a rename) makes one run.

            A model error is printed with its file:line:column and the previous artifacts stay; the \
            next good save recovers. Ctrl-C (or SIGTERM) stops watching, ends a Swift model being \
            compiled, and exits 0.

            Exit status: 0 stopped by Ctrl-C or SIGTERM, 2 usage error (no topograph.yml, a model it \
            does not list).

            Examples:
              topograph watch
              topograph watch models/shop.yml --config docs/topograph.yml
            """)

    @Argument(help: ArgumentHelp("Model files of topograph.yml to watch; default: all of them.", valueName: "model"))
    var models: [String] = []

    @OptionGroup var project: ProjectOptions
    @OptionGroup var validation: ValidationOptions

    @Flag(help: "Rebuild every model on the first run, ignoring the cache, and overwrite generated files edited by hand.")
    var force = false

    func run() throws {
        let configPath = try project.configPath()
        var session = WatchSession(command: self, configPath: configPath)
        try session.start()
        StopSignals.deferToCommand()
        WatchSession.say("watch: watching \(session.watched.count) files; Ctrl-C to stop")
        var loop = WatchLoop(watching: session.runOnce())
        loop.run { _ in session.runOnce() }
        WatchSession.say("watch: stopped")
    }
}
