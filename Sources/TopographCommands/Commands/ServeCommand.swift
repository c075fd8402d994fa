import ArgumentParser
import Foundation
import TopographModelFiles
import TopographServe

/// `topograph serve`: a live preview of a model's design document and diagrams in the browser.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview a model's design document and diagrams in the browser, reloading on every save.",
        discussion: """
            Renders the design document (design.html: every view in a pan-and-zoom viewer, elements \
            linked to their sections) in memory and serves it at http://127.0.0.1:PORT/, each view's \
            SVG at /views/VIEW.svg. Nothing is written. When topograph.yml (here or in a parent, or \
            --config) lists the model, its views and grouping are used, so the page looks like the \
            generated design.html; otherwise every view is shown. After every save of the model or \
            of the configuration the page reloads by itself; an error replaces the picture with the \
            error (file:line:column) and the lines around it until the next good save.

            The server listens on 127.0.0.1 only (the design names hosts, addresses and weaknesses) \
            and answers only requests addressed to 127.0.0.1 or localhost. Ctrl-C (or SIGTERM) stops \
            it, releases the port and exits 0.

            Exit status: 0 stopped by Ctrl-C or SIGTERM, 2 usage error (the port is in use, no such \
            model file).

            Examples:
              topograph serve models/shop.yaml
              topograph serve models/shop.swift --port 0
            """)

    @Argument(help: ArgumentHelp("The model file (.swift, .yaml, .yml or .json).", valueName: "model"))
    var model: String

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one (the URL printed says which).", valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp("The address to listen on: an IPv4 address of this machine.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: "Draw identical servers as one node with a count: auto, always or never; default: as topograph.yml says, else auto.")
    var group: GroupingPolicy?

    @Option(
        help: ArgumentHelp(
            "The configuration whose entry for the model gives the views and grouping; default: topograph.yml in this directory or the nearest parent, if any.",
            valueName: "file"))
    var config: String?

    @OptionGroup var validation: ValidationOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
    }

    func run() throws {
        let path = WatchSession.absolute(model)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("\(model): no such model file", hint: "pass the path of a .swift, .yaml, .yml or .json model")
        }
        StopSignals.deferToCommand()
        // Listen first, so a port in use is reported before a Swift model spends seconds compiling.
        let server = try PreviewServer(site: PreviewRendering.pendingSite(model: path), host: host, port: port)
        let bound = try Blocking.run { try await server.start() }.mapError { Self.startError($0, host: host, port: port) }.get()
        if host != "127.0.0.1" {
            WatchSession.complain("warning: listening on \(host): anyone who can reach it can read this design")
        }
        let configPath = config.map(WatchSession.absolute) ?? (try? ProjectOptions.nearestConfig())
        var preview = LivePreview(
            model: path, display: model, today: { try validation.resolved() }, config: configPath, grouping: group)
        let watched = [path] + (configPath.map { [$0] } ?? [])
        var loop = WatchLoop(watching: watched)
        server.publish(preview.render())
        // The URL once the page is there (a browser already open on the port showed "Rendering…").
        WatchSession.say("serve: http://\(host):\(bound)/ (Ctrl-C to stop)")
        loop.run { _ in
            server.publish(preview.render())
            return watched
        }
        _ = Blocking.run { await server.stop() }
        WatchSession.say("serve: stopped")
    }

    static func startError(_ error: Error, host: String, port: Int) -> Error {
        switch error as? PreviewServer.StartError {
        case .portInUse:
            return CLIError(
                "cannot listen on \(host):\(port): the port is in use",
                hint: "stop what uses it, or pass another --port (--port 0 picks a free one)")
        case .cannotListen(let reason):
            return CLIError("cannot listen on \(host):\(port): \(reason)", hint: "pass --host 127.0.0.1 and a free --port")
        case nil:
            return error
        }
    }
}
