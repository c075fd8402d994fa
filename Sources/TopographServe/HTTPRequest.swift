import Foundation

/// One HTTP/1.1 request as the preview needs it: method, path, query and the Host header.
/// Parsed from the bytes before the blank line; the preview takes no request bodies.
struct HTTPRequest: Equatable {
    var method: String
    /// The percent-decoded path, without the query ("/views/overview.svg").
    var path: String
    var query: [String: String]
    var host: String?

    /// Why a request head could not be read; each maps to a status code.
    enum Malformed: Error, Equatable {
        case badRequest
        case headTooLarge
    }

    /// The request in `head` (request line and headers, without the final CRLF CRLF).
    static func parse(_ head: Data) throws -> HTTPRequest {
        let text = String(decoding: head, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).makeIterator()
        let parts = (lines.next() ?? "").split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), parts[1].hasPrefix("/") else { throw Malformed.badRequest }
        let target = parts[1]
        let pathPart = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = String(pathPart[0]).removingPercentEncoding else { throw Malformed.badRequest }
        var request = HTTPRequest(method: String(parts[0]), path: path, query: [:], host: nil)
        if pathPart.count == 2 {
            for pair in pathPart[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = String(kv[0]).removingPercentEncoding ?? String(kv[0])
                let value = kv.count == 2 ? (String(kv[1]).removingPercentEncoding ?? String(kv[1])) : ""
                request.query[key] = value
            }
        }
        while let line = lines.next(), !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed.badRequest }
            if line[..<colon].lowercased() == "host" {
                // Two Host headers are a smuggling trick, not a client's mistake (RFC 9112 §3.2).
                guard request.host == nil else { throw Malformed.badRequest }
                request.host = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return request
    }
}

/// A response: status, content type and body; always `Connection: close` and `no-store`, so a
/// reload never shows a cached design.
struct HTTPResponse: Equatable {
    var status: Int
    var contentType: String
    var body: Data

    static func text(_ status: Int, _ body: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Data(body.utf8))
    }

    /// The bytes on the wire; a HEAD request gets the headers only.
    func encoded(forHead head: Bool) -> Data {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        text += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
        text += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
        var data = Data(text.utf8)
        if !head { data.append(body) }
        return data
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}
