import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP server: serves the latest published `PreviewSite` and tells waiting pages when
/// a newer one appears. Bound to one address (loopback by default), and it answers only requests
/// addressed to that host, so a web page elsewhere cannot read the design through DNS rebinding.
public final class PreviewServer: Sendable {
    /// Why the server could not start.
    public enum StartError: Error, Equatable {
        /// The port is taken (EADDRINUSE).
        case portInUse(Int)
        /// Any other failure to bind or listen, with the system's words.
        case cannotListen(String)
    }

    private let server: HTTPServer
    private let store: SiteStore
    private let host: String
    private let port: Int
    /// How long a reload request waits for a change before answering with the same version.
    private let pollSeconds: Double

    /// A server for `site` on `host:port` (0: any free port); call `start()` to listen.
    public init(site: PreviewSite, host: String, port: Int, pollSeconds: Double = 20) throws {
        self.host = host
        self.port = port
        self.pollSeconds = pollSeconds
        store = SiteStore(site.reloading(version: 1))
        server = HTTPServer(address: try .inet(ip4: host, port: UInt16(port)), timeout: 60, logger: .disabled)
    }

    /// Starts listening; returns the port (the one chosen when asked for 0).
    public func start() async throws -> Int {
        await server.appendRoute("GET,HEAD *") { [store, host, pollSeconds] request in
            try await Self.respond(to: request, store: store, host: host, pollSeconds: pollSeconds)
        }
        let failure = Failure()
        let server = self.server
        Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        for _ in 0..<500 {
            if let address = await server.listeningAddress, case .ip4(_, let port) = address { return Int(port) }
            if let error = failure.error { throw Self.describe(error, port: port) }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        throw StartError.cannotListen("the server did not start listening within 5 s")
    }

    /// Replaces the site; open pages reload.
    public func publish(_ site: PreviewSite) { store.publish(site) }

    /// Stops listening and ends the waiting reload requests; returns when connections are closed.
    public func stop() async {
        store.close()
        await server.stop(timeout: 0.5)
    }

    private static func respond(to request: HTTPRequest, store: SiteStore, host: String, pollSeconds: Double) async throws -> HTTPResponse {
        guard HostCheck.allows(request.headers[.host], boundTo: host) else {
            return text(.forbidden, "This preview answers only requests addressed to \(host) or localhost.\n")
        }
        if request.path == ReloadScript.endpoint {
            let since = Int(request.query["since"] ?? "") ?? 0
            let version = await store.version(after: since, waiting: pollSeconds)
            return text(.ok, String(version))
        }
        let (_, site) = store.current
        guard let resource = site.resources[request.path] else {
            return text(.notFound, "Not found: \(request.path)\n")
        }
        return HTTPResponse(
            statusCode: HTTPStatusCode(resource.status, phrase: resource.status == 200 ? "OK" : "Internal Server Error"),
            headers: [.contentType: resource.contentType, .cacheControl: "no-store"], body: resource.body)
    }

    private static func text(_ status: HTTPStatusCode, _ body: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"], body: Data(body.utf8))
    }

    private static func describe(_ error: Error, port: Int) -> StartError {
        if case .failed(_, let code, let message) = error as? SocketError {
            return code == EADDRINUSE ? .portInUse(port) : .cannotListen(message)
        }
        return .cannotListen(String(describing: error))
    }
}

/// The first error of the server's task, read by `start()`.
private final class Failure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? { lock.withLock { stored } }
    func set(_ error: Error) { lock.withLock { stored = error } }
}
