import TopographAnalysis
import TopographModel

/// What a set of failures takes with it, element by element, for drawing (`render --fail`): the
/// failed zones, hosts and components, those lost with them, and the scenario's impact. Lost means
/// down (on a failed host or in a failed zone, or behind firewalls that all failed), cut off from
/// users (reached before, unreachable now), or an application server that can no longer serve. The same structure functions and scenario evaluation as `whatif` and the design doc.
public struct BlastRadius: Sendable {
    public let failed: [ElementID]
    /// Zones, hosts and components lost, failed ones excluded.
    public let lost: Set<ElementID>
    public let impact: ScenarioImpact

    /// Ids in `failing` that are no failure unit, with every id that is (for suggestions).
    public struct UnknownElements: Error {
        public let unknown: [ElementID]
        public let known: [ElementID]
    }

    /// Throws `UnknownElements` when an id in `failing` cannot fail on its own (users, DNS records,
    /// internet zones, host firewalls, ids not in the model).
    public init(facts: ArchitectureFacts, failing: [ElementID]) throws {
        let structure = StructureFunctions(facts: facts)
        let units = structure.units
        let unknown = failing.filter { units.byID[$0] == nil }
        guard unknown.isEmpty else { throw UnknownElements(unknown: unknown, known: units.elements.map(\.id)) }
        let analyzer = ScenarioAnalyzer(facts: facts, structure: structure)
        let ordered = Array(Set(failing)).sorted { (units.byID[$0]!.variable, $0) < (units.byID[$1]!.variable, $1) }
        impact = analyzer.impact(of: FailureScenario(failed: ordered))
        failed = ordered
        let failedSet = Set(ordered)
        let variables = Set(ordered.map { units.byID[$0]!.variable })
        func holds(_ node: DecisionDiagram.Node, _ down: Set<Int>) -> Bool { structure.diagram.evaluate(node) { !down.contains($0) } }
        var lost = Set<ElementID>()
        let architecture = facts.architecture
        for host in architecture.hosts where units.isDown(host.id, failed: failedSet) { lost.insert(host.id) }
        for c in architecture.components {
            if units.isDown(c.id, failed: failedSet) {
                lost.insert(c.id)
            } else if let reach = structure.reach[c.id], holds(reach, []), !holds(reach, variables) {
                lost.insert(c.id)
            }
        }
        // A virtual IP is lost when every member is.
        for c in architecture.components where c.kind == .virtualIP {
            let members = facts.virtualIPs.servers(of: c.id).filter { $0 != c.id }
            if !members.isEmpty && members.allSatisfy({ lost.contains($0) || failedSet.contains($0) }) { lost.insert(c.id) }
        }
        // Application servers that cannot serve (a dependency of theirs is gone). Readers and
        // writers that lost their database stay drawn: they run, and the headline says what stops.
        if let site = impact.impact(on: .site), site.level == .degraded, site.capacity != nil {
            lost.formUnion(site.elements.filter { facts.index.components[$0]?.kind != .cache })
        }
        self.lost = lost.subtracting(failedSet)
    }

    /// The most severe single failure of a host or component (the first such row of the doc's
    /// Failure modes table), a zone when nothing else fails alone; nil for a design with nothing
    /// that can fail.
    public static func worstSingleFailure(facts: ArchitectureFacts) -> BlastRadius? {
        let structure = StructureFunctions(facts: facts)
        let analyzer = ScenarioAnalyzer(facts: facts, structure: structure)
        let singles = structure.units.singleFailures(groups: [], index: facts.index).map(analyzer.impact(of:))
        // A whole zone failing greys out nearly everything: the worst machine or component says more.
        let sorted = ScenarioImpact.sortedBySeverity(singles)
        let isZone = { (s: ScenarioImpact) -> Bool in
            switch structure.units.byID[s.scenario.failed[0]]?.kind {
            case .zone, .failureDomain: return true
            default: return false
            }
        }
        guard let worst = sorted.first(where: { !isZone($0) }) ?? sorted.first else { return nil }
        return try? BlastRadius(facts: facts, failing: worst.scenario.failed)
    }

    /// "if db-1 fails: stops every write until ..."; the scenario as `whatif` words it.
    public var headline: String {
        "if \(Words.list(failed)) fail\(failed.count == 1 ? "s" : ""): \(impact.headline)"
    }
}
