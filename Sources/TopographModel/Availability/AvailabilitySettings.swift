/// What a design promises about failure, and how available its parts are: availability targets,
/// the capabilities that must survive any single failure, and overrides of the default availability
/// per kind or per element. Figures are percentages (99.95 means 99.95%).
public struct AvailabilitySettings: Hashable, Sendable, Codable {
    /// The lowest acceptable availability of the site, reads and writes; nil when none is set.
    public var targets: AvailabilityTargets
    /// Capabilities no single failure may break.
    public var mustSurvive: [Capability]
    /// Availability per kind: `zone`, `host`, or a component kind such as `loadBalancer`.
    public var kinds: [String: Double]
    /// Availability per element id.
    public var elements: [String: Double]

    public init(
        targets: AvailabilityTargets = AvailabilityTargets(), mustSurvive: [Capability] = [], kinds: [String: Double] = [:],
        elements: [String: Double] = [:]
    ) {
        self.targets = targets
        self.mustSurvive = mustSurvive
        self.kinds = kinds
        self.elements = elements
    }

    enum CodingKeys: String, CodingKey { case targets, mustSurvive, kinds, elements }

    /// Every key `kinds` may use: `zone`, `host`, or a component kind's name.
    public static let kindKeys: [String] =
        FailureDomain.Level.allCases.map(\.rawValue) + ["zone", "host"] + ComponentKind.allCases.map(\.rawValue)

    /// Where a model's settings were written, in its `SourceMap` (no element id has parentheses
    /// in practice, and the key is never drawn or listed).
    public static let sourceKey = ElementID("(availability)")

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        targets = try c.decodeIfPresent(AvailabilityTargets.self, forKey: .targets) ?? AvailabilityTargets()
        mustSurvive = try c.decodeIfPresent([Capability].self, forKey: .mustSurvive) ?? []
        kinds = try c.decodeIfPresent([String: Double].self, forKey: .kinds) ?? [:]
        elements = try c.decodeIfPresent([String: Double].self, forKey: .elements) ?? [:]
    }

    /// Encodes only what is set, so dumps stay short.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if targets != AvailabilityTargets() { try c.encode(targets, forKey: .targets) }
        if !mustSurvive.isEmpty { try c.encode(mustSurvive, forKey: .mustSurvive) }
        if !kinds.isEmpty { try c.encode(kinds, forKey: .kinds) }
        if !elements.isEmpty { try c.encode(elements, forKey: .elements) }
    }
}

/// Availability targets in percent, per capability with an availability figure.
public struct AvailabilityTargets: Hashable, Sendable, Codable {
    public var site: Double?
    public var reads: Double?
    public var writes: Double?

    public init(site: Double? = nil, reads: Double? = nil, writes: Double? = nil) {
        self.site = site
        self.reads = reads
        self.writes = writes
    }

    /// The target for a capability; only the site, reads and writes have one.
    public func target(for capability: Capability) -> Double? {
        switch capability {
        case .site: site
        case .reads: reads
        case .writes: writes
        case .tls, .monitoring, .data: nil
        }
    }
}
