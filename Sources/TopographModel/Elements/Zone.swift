/// A network zone / trust boundary, such as the internet, a DMZ or a private network.
public struct Zone: Hashable, Sendable, Codable, Identifiable {
    public var id: ElementID
    public var name: String?
    public var kind: ZoneKind
    public var description: String?
    /// The CIDR blocks of the zone's network, e.g. `10.0.1.0/24`; firewall rules naming a block
    /// that contains them match the zone's elements.
    public var networks: [String]
    /// Where the whole zone sits (a subnet in one availability zone, an office in one region).
    public var failureDomain: FailureDomain?

    public init(
        id: ElementID, name: String? = nil, kind: ZoneKind, description: String? = nil, networks: [String] = [],
        failureDomain: FailureDomain? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.networks = networks
        self.failureDomain = failureDomain
    }

    /// The name to show people: the declared name, else the id.
    public var displayName: String { name ?? id.rawValue }

    enum CodingKeys: String, CodingKey { case id, name, kind, description, networks, failureDomain }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ElementID.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        kind = try c.decode(ZoneKind.self, forKey: .kind)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        networks = try c.decodeIfPresent([String].self, forKey: .networks) ?? []
        failureDomain = try c.decodeIfPresent(FailureDomain.self, forKey: .failureDomain)
    }

    /// Optional fields are left out when unset, so models without them dump as they always did.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(description, forKey: .description)
        if !networks.isEmpty { try c.encode(networks, forKey: .networks) }
        try c.encodeIfPresent(failureDomain, forKey: .failureDomain)
    }
}

/// How far a zone is trusted. Ordered from least to most trusted.
public enum ZoneKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// The public internet: users and attackers alike.
    case internet
    /// Third-party services outside our network, such as a SaaS monitoring platform.
    case external
    /// A demilitarised zone: reachable from the internet, separated from private networks.
    case dmz
    /// A private network not directly reachable from the internet.
    case `private`

    public var trustRank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: ZoneKind, rhs: ZoneKind) -> Bool { lhs.trustRank < rhs.trustRank }
}
