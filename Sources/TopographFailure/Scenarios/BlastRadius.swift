import TopographAnalysis
import TopographModel

/// What a set of failures takes with it, element by element, for drawing (`render --fail`): the
/// failed zones, hosts and components, those lost with them, and the scenario's impact. Lost means
/// down (on a failed host or in a failed zone, or behind firewalls that all failed), cut off from
/// users (reached before, unreachable now), or an application server that can no longer serve. The
/// same structure functions and scenario evaluation as `whatif` and the design doc.
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
        let unknown = failing.filter { structure.units.byID[$0] == nil }
        guard unknown.isEmpty else { throw UnknownElements(unknown: unknown, known: structure.units.elements.map(\.id)) }
        let analyzer = ScenarioAnalyzer(facts: facts, structure: structure)
        self.init(facts: facts, analyzer: analyzer, impact: analyzer.impact(of: FailureScenario(failed: failing, order: structure.units)))
    }

    /// The most severe single failure of a host or component (the first such row of the doc's
    /// Failure modes table), a zone or domain when nothing else fails alone; nil for a design with
    /// nothing that can fail.
    public static func worstSingleFailure(facts: ArchitectureFacts) -> BlastRadius? {
        let analyzer = ScenarioAnalyzer(facts: facts, structure: StructureFunctions(facts: facts))
        let units = analyzer.structure.units
        let singles = ScenarioImpact.sortedBySeverity(units.singleFailures(groups: [], index: facts.index).map(analyzer.impact(of:)))
        // A whole zone failing greys out nearly everything: the worst machine or component says more.
        let isPlace = { (s: ScenarioImpact) in units.byID[s.scenario.failed[0]]?.kind.isPlace ?? false }
        guard let worst = singles.first(where: { !isPlace($0) }) ?? singles.first else { return nil }
        return BlastRadius(facts: facts, analyzer: analyzer, impact: worst)
    }

    private init(facts: ArchitectureFacts, analyzer: ScenarioAnalyzer, impact: ScenarioImpact) {
        let structure = analyzer.structure
        let units = structure.units
        self.impact = impact
        failed = impact.scenario.failed
        let failedSet = Set(failed)
        let variables = Set(failed.compactMap { units.byID[$0]?.variable })
        func holds(_ node: DecisionDiagram.Node, _ down: Set<Int>) -> Bool { structure.diagram.evaluate(node) { !down.contains($0) } }
        var lost = Set<ElementID>()
        let architecture = facts.architecture
        for host in architecture.hosts where units.isDown(host.id, failed: failedSet) { lost.insert(host.id) }
        for c in architecture.components {
            let cutOff = structure.reach[c.id].map { holds($0, []) && !holds($0, variables) } ?? false
            if cutOff || units.isDown(c.id, failed: failedSet) { lost.insert(c.id) }
        }
        // A virtual IP is lost when every member is.
        for c in architecture.components where c.kind == .virtualIP {
            let members = facts.virtualIPs.servers(of: c.id).filter { $0 != c.id }
            if !members.isEmpty && members.allSatisfy(lost.union(failedSet).contains) { lost.insert(c.id) }
        }
        // Application servers that cannot serve (a dependency of theirs is gone). Readers and
        // writers that lost their database stay drawn: they run, and the headline says what stops.
        if let site = impact.impact(on: .site), site.level == .degraded, let c = site.capacity, c.working < c.total {
            lost.formUnion(site.elements)
        }
        self.lost = lost.subtracting(failedSet)
    }

    /// "if db-1 fails: stops every write until ..."; the scenario as `whatif` words it.
    public var headline: String {
        "if \(Words.list(failed)) fail\(failed.count == 1 ? "s" : ""): \(impact.headline)"
    }
}
