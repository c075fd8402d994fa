/// A whole infrastructure design: what exists, how it is connected, and which risks were accepted.
///
/// This is the normalised model both input forms (Swift DSL and YAML) lower to. Lists are kept in
/// declaration order; `normalized()` sorts nothing away, so dumps read like the source.
public struct Architecture: Hashable, Sendable, Codable {
    /// Version of this serialised form; bumped on incompatible changes.
    public static let formatVersion = 1

    public var name: String
    public var description: String?
    /// The primary domain users type, e.g. `www.foobar.com`.
    public var domain: String?
    public var zones: [Zone]
    public var hosts: [Host]
    public var components: [Component]
    public var certificates: [Certificate]
    public var flows: [Flow]
    public var acceptedRisks: [AcceptedRisk]
    /// Availability targets and overrides for the failure analysis; nil when the model sets none.
    public var availability: AvailabilitySettings?
    /// Where each element was declared. Never part of equality (see `SourceMap`).
    public var sources: SourceMap

    public init(
        name: String, description: String? = nil, domain: String? = nil,
        zones: [Zone] = [], hosts: [Host] = [], components: [Component] = [],
        certificates: [Certificate] = [], flows: [Flow] = [], acceptedRisks: [AcceptedRisk] = [],
        availability: AvailabilitySettings? = nil, sources: SourceMap = SourceMap()
    ) {
        self.name = name
        self.description = description
        self.domain = domain
        self.zones = zones
        self.hosts = hosts
        self.components = components
        self.certificates = certificates
        self.flows = flows
        self.acceptedRisks = acceptedRisks
        self.availability = availability
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case name, description, domain, zones, hosts, components, certificates, flows, acceptedRisks, availability
        case sources
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        domain = try c.decodeIfPresent(String.self, forKey: .domain)
        zones = try c.decodeIfPresent([Zone].self, forKey: .zones) ?? []
        hosts = try c.decodeIfPresent([Host].self, forKey: .hosts) ?? []
        components = try c.decodeIfPresent([Component].self, forKey: .components) ?? []
        certificates = try c.decodeIfPresent([Certificate].self, forKey: .certificates) ?? []
        flows = try c.decodeIfPresent([Flow].self, forKey: .flows) ?? []
        acceptedRisks = try c.decodeIfPresent([AcceptedRisk].self, forKey: .acceptedRisks) ?? []
        availability = try c.decodeIfPresent(AvailabilitySettings.self, forKey: .availability)
        sources = try c.decodeIfPresent(SourceMap.self, forKey: .sources) ?? SourceMap()
    }

    /// Encodes the design; source locations only when there are any (dumps usually strip them).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(domain, forKey: .domain)
        if !zones.isEmpty { try c.encode(zones, forKey: .zones) }
        if !hosts.isEmpty { try c.encode(hosts, forKey: .hosts) }
        if !components.isEmpty { try c.encode(components, forKey: .components) }
        if !certificates.isEmpty { try c.encode(certificates, forKey: .certificates) }
        if !flows.isEmpty { try c.encode(flows, forKey: .flows) }
        if !acceptedRisks.isEmpty { try c.encode(acceptedRisks, forKey: .acceptedRisks) }
        try c.encodeIfPresent(availability, forKey: .availability)
        if !sources.isEmpty { try c.encode(sources, forKey: .sources) }
    }
}
