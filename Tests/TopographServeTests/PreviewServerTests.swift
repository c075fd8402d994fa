import Foundation
import Testing

@testable import TopographServe

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The preview server over real loopback sockets: what it serves, how pages learn of a new site,
/// a port in use, and a stop that releases the port.
@Suite(.serialized) struct PreviewServerTests {
    struct Response {
        var status: Int
        var body: String
        var contentType: String?
    }

    func get(_ url: String) async throws -> Response {
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 30
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Response(
            status: http.statusCode, body: String(decoding: data, as: UTF8.self),
            contentType: http.value(forHTTPHeaderField: "Content-Type"))
    }

    func site(_ title: String) -> PreviewSite {
        PreviewSite(resources: [
            "/": .page("<html><body><h1>\(title)</h1></body></html>"),
            "/views/overview.svg": .svg(Data("<svg>\(title)</svg>".utf8)),
        ])
    }

    @Test func servesPagesWithTheReloadScriptAndSVGs() async throws {
        let server = try PreviewServer(site: site("first"), host: "127.0.0.1", port: 0)
        let port = try await server.start()
        let base = "http://127.0.0.1:\(port)"
        let page = try await get(base + "/")
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(page.body.hasPrefix("<html><body><h1>first</h1><script>"), "the script goes before </body>")
        #expect(page.body.contains("var version = \"1\";"))
        #expect(page.body.hasSuffix("</script>\n</body></html>"))
        let svg = try await get(base + "/views/overview.svg")
        #expect(svg.body == "<svg>first</svg>")
        #expect(svg.contentType == "image/svg+xml")
        #expect(try await get(base + "/nothing").status == 404)
        await server.stop()
    }

    /// A waiting page learns of a new site at once; a page that is behind learns without waiting.
    @Test func aReloadRequestAnswersWhenANewSiteIsPublished() async throws {
        let server = try PreviewServer(site: site("first"), host: "127.0.0.1", port: 0, pollSeconds: 60)
        let base = "http://127.0.0.1:\(try await server.start())"
        let started = Date()
        async let waited = get(base + "/__topograph/changes?since=1")
        try await Task.sleep(nanoseconds: 300_000_000)
        server.publish(site("second"))
        #expect(try await waited.body == "2")
        // Far from the 60 s timeout, whatever the load on a 2-core CI machine.
        #expect(Date().timeIntervalSince(started) < 30, "answered on publish, not on the timeout")
        #expect(try await get(base + "/__topograph/changes?since=1").body == "2")
        let page = try await get(base + "/")
        #expect(page.body.contains("<h1>second</h1>"))
        #expect(page.body.contains("var version = \"2\";"))
        await server.stop()
    }

    @Test func aReloadRequestWithNoChangeAnswersTheSameVersionAfterItsWait() async throws {
        let server = try PreviewServer(site: site("first"), host: "127.0.0.1", port: 0, pollSeconds: 0.3)
        let base = "http://127.0.0.1:\(try await server.start())"
        #expect(try await get(base + "/__topograph/changes?since=1").body == "1")
        await server.stop()
    }

    @Test func aPortInUseIsReportedAndAStoppedServerReleasesItsPort() async throws {
        let first = try PreviewServer(site: site("first"), host: "127.0.0.1", port: 0)
        let port = try await first.start()
        let second = try PreviewServer(site: site("second"), host: "127.0.0.1", port: port)
        await #expect(throws: PreviewServer.StartError.portInUse(port)) { try await second.start() }
        await first.stop()
        let third = try PreviewServer(site: site("third"), host: "127.0.0.1", port: port)
        #expect(try await third.start() == port)
        await third.stop()
    }

    @Test func onlyRequestsAddressedToTheBoundHostOrLocalhostAreAnswered() {
        #expect(HostCheck.allows("127.0.0.1:8080", boundTo: "127.0.0.1"))
        #expect(HostCheck.allows("localhost:8080", boundTo: "127.0.0.1"))
        #expect(HostCheck.allows("LOCALHOST", boundTo: "127.0.0.1"))
        #expect(!HostCheck.allows("attacker.example:8080", boundTo: "127.0.0.1"), "DNS rebinding")
        #expect(!HostCheck.allows("127.0.0.1.attacker.example", boundTo: "127.0.0.1"))
        #expect(!HostCheck.allows(nil, boundTo: "127.0.0.1"))
        #expect(HostCheck.allows("192.168.1.20:8080", boundTo: "192.168.1.20"))
    }

    @Test func theReloadScriptGoesBeforeTheLastClosingBodyTag() {
        let html = ReloadScript.added(to: "<body><pre>&lt;/body&gt;</pre></body>", version: 7)
        #expect(html.hasPrefix("<body><pre>&lt;/body&gt;</pre><script>"))
        #expect(html.contains("var version = \"7\";"))
        #expect(ReloadScript.added(to: "<p>no body</p>", version: 1).hasPrefix("<p>no body</p><script>"))
    }
}
