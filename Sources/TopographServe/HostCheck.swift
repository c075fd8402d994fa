/// Which Host headers the preview answers: the address it is bound to, or `localhost`, with any
/// port. A page on another site that rebinds its own name to 127.0.0.1 sends its own name, and is
/// refused.
enum HostCheck {
    static func allows(_ header: String?, boundTo host: String) -> Bool {
        guard let header else { return false }
        let name = hostName(header).lowercased()
        return name == host.lowercased() || name == "localhost" || (host == "0.0.0.0" && !name.isEmpty)
    }

    /// The name part of `name[:port]` (IPv4 or a host name; IPv6 is not bound).
    private static func hostName(_ header: String) -> String {
        guard let colon = header.lastIndex(of: ":") else { return header }
        return String(header[..<colon])
    }
}
