/// A network zone / trust boundary, such as the internet, a DMZ or a private network.
public struct Zone: Hashable, Sendable, Codable, Identifiable {
    public var id: ElementID
    public var name: String?
    public var kind: ZoneKind
    public var description: String?

    public init(id: ElementID, name: String? = nil, kind: ZoneKind, description: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
    }

    /// The name to show people: the declared name, else the id.
    public var displayName: String { name ?? id.rawValue }
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
