/// Traffic from one element to another: who talks to whom, how, and why.
public struct Flow: Hashable, Sendable, Codable, Identifiable {
    public var id: ElementID
    public var from: ElementID
    public var to: ElementID
    /// Application protocol, e.g. "https", "http", "mysql", "dns".
    public var `protocol`: String
    public var port: Int?
    /// Whether the bytes on the wire are encrypted (TLS or equivalent).
    public var encrypted: Bool
    public var purpose: FlowPurpose
    public var description: String?

    public init(
        id: ElementID? = nil, from: ElementID, to: ElementID, protocol: String, port: Int? = nil,
        encrypted: Bool? = nil, purpose: FlowPurpose = .request, description: String? = nil
    ) {
        self.from = from
        self.to = to
        self.protocol = `protocol`
        self.port = port ?? Flow.defaultPort(for: `protocol`)
        self.encrypted = encrypted ?? Flow.isEncryptedByDefault(`protocol`)
        self.purpose = purpose
        self.description = description
        self.id = id ?? Flow.derivedID(from: from, to: to, purpose: purpose)
    }

    /// The id a flow gets when its author gives none: `from->to` plus the purpose when not a request.
    public static func derivedID(from: ElementID, to: ElementID, purpose: FlowPurpose) -> ElementID {
        ElementID("\(from)->\(to)" + (purpose == .request ? "" : ":\(purpose.rawValue)"))
    }

    /// Whether a protocol is encrypted when the author does not say.
    public static func isEncryptedByDefault(_ proto: String) -> Bool {
        let p = proto.lowercased()
        return ["https", "tls", "ssh", "mysqls", "h2", "grpcs", "wss", "ldaps", "smtps", "dot", "doh"].contains(p)
            || p.hasSuffix("+tls") || p.hasSuffix("s+tls")
    }

    /// The well-known port of a protocol, when it has one.
    public static func defaultPort(for proto: String) -> Int? {
        switch proto.lowercased() {
        case "http": 80
        case "https", "h2", "wss": 443
        case "dns": 53
        case "mysql", "mysql+tls": 3306
        case "postgresql", "postgres": 5432
        case "redis": 6379
        case "memcached": 11211
        case "ssh": 22
        case "syslog": 514
        default: nil
        }
    }
}

public enum FlowPurpose: String, Hashable, Sendable, Codable, CaseIterable {
    case request, read, write, replication, metrics, logs, dns, admin, healthCheck
}
