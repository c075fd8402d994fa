import Foundation

/// A minimal HTTP/1.1 server over BSD sockets: one listening socket, one thread per connection,
/// one request per connection (`Connection: close`). That is all a local preview with a handful of
/// open tabs needs, and it keeps a server framework (and, through it, libcurl in the static release
/// binary) out of the build.
final class HTTPListener: @unchecked Sendable {
    /// The port actually bound (the system's choice when asked for 0).
    let port: Int
    private let descriptor: Int32
    private let state = NSCondition()
    private var stopping = false
    private var accepting = true
    private var connections = 0

    /// Longest request head read; a browser's is well under 8 KiB.
    static let maximumHead = 16 * 1024
    /// A connection that sends nothing for this long is closed.
    static let idleSeconds = 10

    private init(descriptor: Int32, port: Int) {
        self.descriptor = descriptor
        self.port = port
    }

    /// Binds and listens on `host:port` (IPv4). The socket is close-on-exec: a model compiler the
    /// preview starts must not inherit it and keep the port after Topograph exits.
    static func listen(host: String, port: Int) throws(PreviewServer.StartError) -> HTTPListener {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(clamping: port)).bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            throw .cannotListen("\(host) is not an IPv4 address")
        }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .cannotListen(String(cString: strerror(errno))) }
        // Lets a restarted preview take its port back while old connections sit in TIME_WAIT; Linux
        // still refuses a second listener on a port in use.
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(descriptor, 64) == 0 else {
            let code = errno
            close(descriptor)
            throw code == EADDRINUSE ? .portInUse(port) : .cannotListen(String(cString: strerror(code)))
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return HTTPListener(descriptor: descriptor, port: Int(UInt16(bigEndian: actual.sin_port)))
    }

    /// Accepts connections on a thread of its own until `stop()`; each request is answered by
    /// `respond` on the connection's thread (it may block, as a long poll does).
    func run(_ respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        Thread.detachNewThread { [self] in
            while !state.withLock({ stopping }) {
                var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&ready, 1, 250) > 0 else { continue }
                let client = accept(descriptor, nil, nil)
                guard client >= 0 else { continue }
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)  // accept4 is not in Glibc's Swift overlay
                state.withLock { connections += 1 }
                Thread.detachNewThread { [self] in
                    Self.serve(client, respond)
                    state.withLock {
                        connections -= 1
                        state.broadcast()
                    }
                }
            }
            close(descriptor)
            state.withLock {
                accepting = false
                state.broadcast()
            }
        }
    }

    /// Closes the port (before returning) and waits up to `seconds` for connections in flight.
    func stop(waiting seconds: Double) {
        state.withLock { stopping = true }
        shutdown(descriptor, Int32(SHUT_RDWR))  // wakes the poll at once
        let deadline = Date().addingTimeInterval(seconds)
        state.lock()
        defer { state.unlock() }
        while accepting && state.wait(until: Date().addingTimeInterval(2)) {}
        while connections > 0 && state.wait(until: deadline) {}
    }

    /// Reads one request head, answers it and closes the connection.
    private static func serve(_ client: Int32, _ respond: (HTTPRequest) -> HTTPResponse) {
        defer { close(client) }
        var timeout = timeval(tv_sec: idleSeconds, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let response: HTTPResponse
        var isHead = false
        switch readHead(client) {
        case nil:
            return  // closed or silent: nothing to answer
        case .failure(.headTooLarge):
            response = .text(431, "Request header fields too large\n")
        case .failure(.badRequest):
            response = .text(400, "Bad request\n")
        case .success(let request):
            isHead = request.method == "HEAD"
            response = respond(request)
        }
        send(response.encoded(forHead: isHead), to: client)
        linger(client)
    }

    /// Half-closes and reads what the client still sends until it closes: closing a socket with
    /// unread input resets the connection, and the client may lose the answer (a 431 most of all).
    private static func linger(_ client: Int32) {
        shutdown(client, Int32(SHUT_WR))
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while recv(client, &buffer, buffer.count, 0) > 0 {}
    }

    private static func readHead(_ client: Int32) -> Result<HTTPRequest, HTTPRequest.Malformed>? {
        var head = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Data("\r\n\r\n".utf8)
        while true {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            head.append(contentsOf: buffer[0..<count])
            let found = head.range(of: end)
            if (found?.lowerBound ?? head.count) > maximumHead { return .failure(.headTooLarge) }
            if let range = found {
                return Result { try HTTPRequest.parse(head[..<range.lowerBound]) }.mapError { $0 as? HTTPRequest.Malformed ?? .badRequest }
            }
        }
    }

    private static func send(_ data: Data, to client: Int32) {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let sent = Glibc.send(client, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return }
                offset += sent
            }
        }
    }
}
