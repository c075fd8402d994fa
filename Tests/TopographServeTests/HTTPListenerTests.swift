import Foundation
import Testing

@testable import TopographServe

/// The preview's own HTTP layer: request heads as browsers and attackers send them, and the bytes
/// it answers with, over a real loopback socket where it matters.
@Suite struct HTTPListenerTests {
    @Test func aBrowserRequestHeadIsParsed() throws {
        let head = "GET /views/data%20flow.svg?since=3&x HTTP/1.1\r\nhost: 127.0.0.1:8080\r\nAccept: */*"
        let request = try HTTPRequest.parse(Data(head.utf8))
        #expect(
            request == HTTPRequest(method: "GET", path: "/views/data flow.svg", query: ["since": "3", "x": ""], host: "127.0.0.1:8080"))
    }

    @Test(arguments: [
        "GET /\r\nHost: a",  // no version
        "GET http://evil/ HTTP/1.1\r\nHost: a",  // absolute form: a proxy request
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b",  // two hosts: a smuggling trick
        "GET / HTTP/1.1\r\nno colon here",
        "GET /%zz HTTP/1.1\r\nHost: a",
    ])
    func malformedHeadsAreRejected(_ head: String) {
        #expect(throws: HTTPRequest.Malformed.badRequest) { try HTTPRequest.parse(Data(head.utf8)) }
    }

    @Test func aResponseIsClosedUncachedAndHeadHasNoBody() {
        let response = HTTPResponse(status: 404, contentType: "text/plain", body: Data("gone".utf8))
        let full = String(decoding: response.encoded(forHead: false), as: UTF8.self)
        #expect(
            full == "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n"
                + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\ngone")
        #expect(String(decoding: response.encoded(forHead: true), as: UTF8.self).hasSuffix("Connection: close\r\n\r\n"))
    }

    @Test func onlyGetAndHeadAreAnswered() {
        let store = SiteStore(PreviewSite(resources: ["/": .page("<p>hi</p>")]))
        let post = HTTPRequest(method: "POST", path: "/", query: [:], host: "127.0.0.1")
        #expect(PreviewServer.respond(to: post, store: store, host: "127.0.0.1", pollSeconds: 0).status == 405)
        let rebound = HTTPRequest(method: "GET", path: "/", query: [:], host: "attacker.example")
        #expect(PreviewServer.respond(to: rebound, store: store, host: "127.0.0.1", pollSeconds: 0).status == 403)
    }

    /// Raw bytes on the socket: what a broken client, an oversized head and a HEAD request get.
    @Test func theWireAnswersBadHeadsAndHeadRequests() async throws {
        let server = try PreviewServer(site: PreviewSite(resources: ["/": .page("<p>hi</p>")]), host: "127.0.0.1", port: 0)
        let port = try await server.start()
        #expect(try exchange(port, "hello\r\n\r\n").hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        let huge = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + String(repeating: "a", count: 20_000) + "\r\n\r\n"
        let tooLarge = try exchange(port, huge)
        #expect(tooLarge.hasPrefix("HTTP/1.1 431 "), "\(tooLarge.prefix(200))")
        let head = try exchange(port, "HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(head.hasSuffix("\r\n\r\n"), "no body after the headers")
        await server.stop()
    }

    /// Sends `request` and reads until the server closes the connection.
    private func exchange(_ port: Int, _ request: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            answer += buffer[0..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
