import Foundation

/// The preview's HTTP server: serves the latest published `PreviewSite` and tells waiting pages when
/// a newer one appears. Bound to one address (loopback by default), and it answers only requests
/// addressed to that host, so a web page elsewhere cannot read the design through DNS rebinding.
public final class PreviewServer: @unchecked Sendable {
    /// Why the server could not start.
    public enum StartError: Error, Equatable {
        /// The port is taken (EADDRINUSE).
        case portInUse(Int)
        /// Any other failure to bind or listen, with the system's words.
        case cannotListen(String)
    }

    private let store: SiteStore
    private let host: String
    private let port: Int
    /// How long a reload request waits for a change before answering with the same version.
    private let pollSeconds: Double
    private let lock = NSLock()
    private var listener: HTTPListener?

    /// A server for `site` on `host:port` (0: any free port); call `start()` to listen.
    public init(site: PreviewSite, host: String, port: Int, pollSeconds: Double = 20) throws {
        self.host = host
        self.port = port
        self.pollSeconds = pollSeconds
        store = SiteStore(site.reloading(version: 1))
    }

    /// Starts listening; returns the port (the one chosen when asked for 0).
    public func start() async throws -> Int {
        let listener = try HTTPListener.listen(host: host, port: port)
        lock.withLock { self.listener = listener }
        listener.run { [store, host, pollSeconds] request in
            Self.respond(to: request, store: store, host: host, pollSeconds: pollSeconds)
        }
        return listener.port
    }

    /// Replaces the site; open pages reload.
    public func publish(_ site: PreviewSite) { store.publish(site) }

    /// Stops listening and ends the waiting reload requests; returns once the port is closed and
    /// the connections in flight are answered (or after half a second).
    public func stop() async {
        store.close()
        lock.withLock { listener }?.stop(waiting: 0.5)
    }

    static func respond(to request: HTTPRequest, store: SiteStore, host: String, pollSeconds: Double) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(405, "The preview answers GET and HEAD only.\n")
        }
        guard HostCheck.allows(request.host, boundTo: host) else {
            return .text(403, "This preview answers only requests addressed to \(host) or localhost.\n")
        }
        if request.path == ReloadScript.endpoint {
            let since = Int(request.query["since"] ?? "") ?? 0
            return .text(200, String(store.version(after: since, waiting: pollSeconds)))
        }
        guard let resource = store.current.site.resources[request.path] else {
            return .text(404, "Not found: \(request.path)\n")
        }
        return HTTPResponse(status: resource.status, contentType: resource.contentType, body: resource.body)
    }
}
