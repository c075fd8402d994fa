/// A DNS record users resolve, e.g. `www.foobar.com A -> the load balancer`.
public struct DNSRecordSpec: Hashable, Sendable, Codable {
    public var type: DNSRecordType
    /// The fully qualified name, e.g. `www.foobar.com`.
    public var name: String
    /// The elements the record resolves to. Several targets mean DNS round robin.
    public var targets: [ElementID]
    /// A literal value (address or host name) when the target is outside the model.
    public var value: String?
    public var ttl: Int?

    public init(type: DNSRecordType, name: String, targets: [ElementID] = [], value: String? = nil, ttl: Int? = nil) {
        self.type = type
        self.name = name
        self.targets = targets
        self.value = value
        self.ttl = ttl
    }
}

public enum DNSRecordType: String, Hashable, Sendable, Codable, CaseIterable {
    case a = "A"
    case aaaa = "AAAA"
    case cname = "CNAME"
}
