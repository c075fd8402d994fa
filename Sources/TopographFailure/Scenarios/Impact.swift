import TopographModel

/// How badly a failure hits one capability, from no effect to an outage.
public enum ImpactLevel: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Unaffected.
    case ok
    /// Still works with less capacity or coverage.
    case degraded
    /// Still works, but something may already be lost (committed transactions).
    case atRisk
    /// Stops until an automatic failover completes.
    case interrupted
    /// Stops until a person acts or the failed element comes back.
    case down

    /// For people: "at risk" rather than "atRisk".
    public var title: String {
        switch self {
        case .ok: "ok"
        case .degraded: "degraded"
        case .atRisk: "at risk"
        case .interrupted: "interrupted"
        case .down: "down"
        }
    }

    public static func < (a: ImpactLevel, b: ImpactLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The effect of one scenario on one capability, in plain words.
public struct CapabilityImpact: Hashable, Sendable {
    public let capability: Capability
    public let level: ImpactLevel
    /// One sentence for people, e.g. "down until a person promotes db-2 or db-3 (manual failover)".
    public let summary: String
    /// The elements the sentence is about (lost instances, blind hosts, promotable replicas).
    public let elements: [ElementID]
    /// Working instances out of all, when the capability has instances (site, reads, writes).
    public let capacity: (working: Int, total: Int)?

    public init(
        _ capability: Capability, _ level: ImpactLevel, _ summary: String, elements: [ElementID] = [],
        capacity: (working: Int, total: Int)? = nil
    ) {
        self.capability = capability
        self.level = level
        self.summary = summary
        self.elements = elements
        self.capacity = capacity
    }

    /// Whether a model requiring this capability to survive a single failure is let down: an outage
    /// for the site, reads, writes and TLS; any blind host for monitoring; any possible loss for data.
    public var breaksSurvival: Bool {
        switch capability {
        case .site, .reads, .writes, .tls: level == .down
        case .monitoring: level >= .degraded
        case .data: level >= .atRisk
        }
    }

    public static func == (a: CapabilityImpact, b: CapabilityImpact) -> Bool {
        a.capability == b.capability && a.level == b.level && a.summary == b.summary && a.elements == b.elements
            && a.capacity?.working == b.capacity?.working && a.capacity?.total == b.capacity?.total
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(capability)
        hasher.combine(level)
        hasher.combine(summary)
    }
}

/// What one scenario does to every capability the design has.
public struct ScenarioImpact: Hashable, Sendable {
    public let scenario: FailureScenario
    /// One entry per capability the design has, in `Capability` order.
    public let impacts: [CapabilityImpact]

    public func impact(on capability: Capability) -> CapabilityImpact? {
        impacts.first { $0.capability == capability }
    }

    /// The worst level on any capability.
    public var worst: ImpactLevel { impacts.map(\.level).max() ?? .ok }

    /// Sort key, compared descending: whether the site is down, then how many capabilities are
    /// down, then the levels of writes, reads, the site, TLS, data and monitoring, in that order.
    /// A stop outranks a loss of capacity: every write stopping is worse than one of three
    /// servers gone, though the site is only degraded by the latter.
    public var severity: [Int] {
        let order: [Capability] = [.writes, .reads, .site, .tls, .data, .monitoring]
        let levels = order.map { c in impact(on: c).map { ImpactLevel.allCases.firstIndex(of: $0.level)! } ?? 0 }
        let siteDown = impact(on: .site)?.level == .down ? 1 : 0
        return [siteDown, impacts.filter { $0.level == .down }.count] + levels
    }

    /// Most severe first; equal severities keep their given order.
    public static func sortedBySeverity(_ impacts: [ScenarioImpact]) -> [ScenarioImpact] {
        impacts.enumerated().sorted { a, b in
            let (ka, kb) = (a.element.severity, b.element.severity)
            return ka != kb ? kb.lexicographicallyPrecedes(ka) : a.offset < b.offset
        }.map(\.element)
    }
}
