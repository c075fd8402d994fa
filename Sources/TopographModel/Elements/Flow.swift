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
        // A request over DNS is a lookup, whether or not its author said so.
        let purpose = purpose == .request && `protocol`.lowercased() == "dns" ? .dns : purpose
        self.purpose = purpose
        self.description = description
        self.id = id ?? Flow.derivedID(from: from, to: to, purpose: purpose)
    }

    /// The id a flow gets when its author gives none: `from->to` plus the purpose when not a request.
    public static func derivedID(from: ElementID, to: ElementID, purpose: FlowPurpose) -> ElementID {
        ElementID("\(from)->\(to)" + (purpose == .request ? "" : ":\(purpose.rawValue)"))
    }

    /// Whether a protocol is encrypted when the author does not say (from `ProtocolTable`).
    public static func isEncryptedByDefault(_ proto: String) -> Bool {
        ProtocolTable.info(proto)?.encrypted ?? false
    }

    /// The well-known port of a protocol, when it has one (from `ProtocolTable`).
    public static func defaultPort(for proto: String) -> Int? {
        ProtocolTable.info(proto)?.port
    }

    /// Local access on one machine (a file, a Unix socket): the one kind of flow without a port.
    public var isLocal: Bool { ProtocolTable.info(`protocol`)?.local ?? false }
}

public enum FlowPurpose: String, Hashable, Sendable, Codable, CaseIterable {
    case request, read, write, replication, metrics, logs, dns, admin, healthCheck
}
