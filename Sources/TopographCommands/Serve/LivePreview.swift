import Foundation
import TopographModelFiles
import TopographServe

/// The preview of one model as it changes: renders the site, or the error page, and prints one
/// line per render.
struct LivePreview {
    var model: String
    /// The path as the user typed it, for messages.
    var display: String
    var today: () throws -> String
    /// The configuration that may give the model's views and grouping, read again on each render.
    var config: String?
    /// `--group`, which wins over the configuration.
    var grouping: GroupingPolicy?
    private var renders = 0

    init(model: String, display: String, today: @escaping () throws -> String, config: String?, grouping: GroupingPolicy?) {
        self.model = model
        self.display = display
        self.today = today
        self.config = config
        self.grouping = grouping
    }

    /// The site for the model as saved now; errors become the error page.
    mutating func render() -> PreviewSite {
        let started = WatchLoop.monotonicSeconds()
        renders += 1
        do {
            var settings = try PreviewSettings.read(config: config, model: model)
            if let grouping { settings.grouping = grouping }
            let (site, findings) = try PreviewRendering(model: model, today: try today(), settings: settings).site()
            let seconds = String(format: "%.1f s", WatchLoop.monotonicSeconds() - started)
            let verb = renders == 1 ? "rendered" : "reloaded"
            WatchSession.say("\(WatchSession.clock()) \(verb) \(display) (\(findings) finding\(findings == 1 ? "" : "s"); \(seconds))")
            return site
        } catch {
            let diagnostics = Diagnostics.lines(for: error)
            if !StopSignals.requested {
                WatchSession.complain(diagnostics)
                WatchSession.complain("\(WatchSession.clock()) failed: the page shows the error until the next good save")
            }
            let excerpt = SourceExcerpt.location(of: error).flatMap { location in
                (try? String(contentsOfFile: location.file, encoding: .utf8)).flatMap { SourceExcerpt.excerpt(of: $0, at: location) }
            }
            return PreviewRendering.errorSite(diagnostics, model: model, excerpt: excerpt)
        }
    }
}

/// Runs async work from the synchronous command and waits for it: the commands stay
/// `ParsableCommand`s, and the server's tasks run on the cooperative pool meanwhile.
enum Blocking {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) -> Result<Value, Error> {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result!
    }

    private final class ResultBox<Value>: @unchecked Sendable {
        var result: Result<Value, Error>?
    }
}
