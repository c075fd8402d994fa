import TopographAnalysis
import TopographModel

/// The failure analysis of one design: every single failure and its impact, the exact availability
/// of the site, reads and writes, the change that raises each most, and a summary of double failures.
public struct FailureAnalysis: Sendable {
    public let architecture: Architecture
    public let analyzer: ScenarioAnalyzer
    public let table: AvailabilityTable
    /// Every single failure, most severe first.
    public let singles: [ScenarioImpact]
    /// The site, reads and writes, those the design has.
    public let availability: [AvailabilityFigure]
    /// The best change per capability with a figure.
    public let improvements: [Capability: Improvement]
    /// The elements a "must survive any single failure" promise is not judged against: network zones
    /// (a DMZ is a role, not a redundant unit) and failure domains of a level the design does not
    /// spread over (`FailureDomainFacts.spreadLevels`: one region is the design's stated frame).
    /// They keep their rows in `whatif` and the Failure modes section.
    public let framingElements: [ElementID]
    /// Pairs of failures; nil when the design has too many elements to try every pair.
    public let doubles: DoubleFailureSummary?

    /// Above this many hosts, identical servers are analysed once (as diagrams draw them once).
    public static let groupingThreshold = ServerGrouping.automaticThreshold

    /// The sets of identical servers to analyse once: none for designs up to `groupingThreshold`
    /// hosts, where every server gets its own row.
    public static func automaticGroups(_ architecture: Architecture) -> [ServerGrouping.Group] {
        architecture.hosts.count > groupingThreshold ? ServerGrouping.collapse(architecture).groups : []
    }

    /// Designs with more failure elements than this get no double-failure summary (pairs grow as n²).
    public static let doubleFailureLimit = 400

    /// Analyses `architecture`; `groups` (sets of identical hosts) let one scenario stand for its
    /// counterparts on identical servers, which keeps thousands of servers fast.
    public init(_ architecture: Architecture, groups: [ServerGrouping.Group] = []) {
        self.init(facts: ArchitectureFacts(architecture), groups: groups)
    }

    /// Analyses the design the facts describe.
    public init(facts: ArchitectureFacts, groups: [ServerGrouping.Group] = []) {
        let architecture = facts.architecture
        let index = facts.index
        self.architecture = architecture
        var structure = StructureFunctions(facts: facts)
        let table = AvailabilityTable(architecture.availability)
        let up = table.probabilities(for: structure.units)
        var figures: [AvailabilityFigure] = []
        for c in [Capability.site, .reads, .writes] {
            if let f = structure.function(c) { figures.append(AvailabilityFigure(c, structure.diagram.probability(f, up: up))) }
        }
        let analyzer = ScenarioAnalyzer(facts: facts, structure: structure)
        let singles = structure.units.singleFailures(groups: groups, index: index).map(analyzer.impact(of:))
        let breaking = singles.filter { $0.impacts.contains { $0.level == .down && $0.capability <= .writes } }
        let candidates = breaking.compactMap { s -> FailureElement? in
            guard let e = structure.units.byID[s.scenario.failed[0]] else { return nil }
            // Redundancy advice is for machines and components, not for places.
            return e.kind.isPlace ? nil : e
        }
        let spread = Set(facts.sharedFate.failureDomains.spreadLevels)
        self.framingElements = structure.units.elements.filter { e in
            switch e.kind {
            case .zone: true
            case .failureDomain(let level): !spread.contains(level)
            case .host, .component: false
            }
        }.map(\.id)
        self.improvements = structure.bestImprovements(candidates: candidates, up: up)
        self.table = table
        self.availability = figures
        self.analyzer = analyzer
        self.singles = ScenarioImpact.sortedBySeverity(singles)
        self.doubles =
            structure.units.elements.count <= Self.doubleFailureLimit
            ? DoubleFailureSummary(analyzer: analyzer) : nil
    }

    /// The impact of a set of elements failing together.
    public func scenario(failing ids: [ElementID]) -> ScenarioImpact {
        analyzer.impact(of: FailureScenario(failed: ids, order: analyzer.structure.units))
    }

    /// Ids `--fail` may name that are no failure unit: unknown ids, or elements outside the design's
    /// failure scope (users, DNS records, internet zones, host firewalls).
    public func unknownElements(_ ids: [ElementID]) -> [ElementID] {
        ids.filter { analyzer.structure.units.byID[$0] == nil }
    }

    /// Each of `scenarios` (the single failures by default) that breaks a capability the model
    /// requires to survive any single failure, with that capability's impact.
    public func survivalViolations(in scenarios: [ScenarioImpact]? = nil) -> [(ScenarioImpact, CapabilityImpact)] {
        let required = Set(architecture.availability?.mustSurvive ?? [])
        guard !required.isEmpty else { return [] }
        let frame = Set(framingElements)
        return (scenarios ?? singles).filter { !$0.scenario.failed.allSatisfy(frame.contains) }.flatMap { s in
            s.impacts.filter { required.contains($0.capability) && $0.breaksSurvival }.map { (s, $0) }
        }
    }

    /// The figure of one capability, when the design has it.
    public func figure(_ capability: Capability) -> AvailabilityFigure? {
        availability.first { $0.capability == capability }
    }
}
