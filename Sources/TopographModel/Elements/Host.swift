/// A machine (physical, virtual or container host) that runs components.
public struct Host: Hashable, Sendable, Codable, Identifiable {
    public var id: ElementID
    public var name: String?
    /// The zone the host sits in.
    public var zone: ElementID?
    public var description: String?
    /// Its IP addresses, e.g. `10.0.1.11`; firewall rules naming a CIDR match the host by them.
    public var addresses: [String]
    /// Region, availability zone and rack; levels left open come from the zone's domain.
    public var failureDomain: FailureDomain?

    public init(
        id: ElementID, name: String? = nil, zone: ElementID? = nil, description: String? = nil, addresses: [String] = [],
        failureDomain: FailureDomain? = nil
    ) {
        self.id = id
        self.name = name
        self.zone = zone
        self.description = description
        self.addresses = addresses
        self.failureDomain = failureDomain
    }

    public var displayName: String { name ?? id.rawValue }

    enum CodingKeys: String, CodingKey { case id, name, zone, description, addresses, failureDomain }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ElementID.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        zone = try c.decodeIfPresent(ElementID.self, forKey: .zone)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        addresses = try c.decodeIfPresent([String].self, forKey: .addresses) ?? []
        failureDomain = try c.decodeIfPresent(FailureDomain.self, forKey: .failureDomain)
    }

    /// Optional fields are left out when unset, so models without them dump as they always did.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(zone, forKey: .zone)
        try c.encodeIfPresent(description, forKey: .description)
        if !addresses.isEmpty { try c.encode(addresses, forKey: .addresses) }
        try c.encodeIfPresent(failureDomain, forKey: .failureDomain)
    }
}
