import TopographModel

/// Pairs of failures that take the site or the writes down although neither failure does alone:
/// the hidden single points a design gains when two things break at once.
public struct DoubleFailureSummary: Sendable {
    /// How many pairs of failure elements were tried (every pair).
    public let pairsTried: Int
    /// Pairs that take the site down, neither alone doing so, in variable order.
    public let siteDown: [[ElementID]]
    /// Pairs that stop every write (before any failover), neither alone doing so.
    public let writesDown: [[ElementID]]
    /// The most severe of those pairs, at most three.
    public let worst: [ScenarioImpact]

    init(analyzer: ScenarioAnalyzer) {
        var structure = analyzer.structure
        let site = structure.function(.site)
        let writes = structure.any(structure.writesBeforeFailover)
        let elements = structure.units.elements
        let hasWrites = !structure.writesBeforeFailover.isEmpty
        let siteAlone = elements.map { e in site.map { !structure.diagram.evaluate($0, failed: [e.variable]) } ?? true }
        let writesAlone = elements.map { e in !hasWrites || !structure.diagram.evaluate(writes, failed: [e.variable]) }
        var siteDown: [[ElementID]] = []
        var writesDown: [[ElementID]] = []
        var tried = 0
        for i in elements.indices {
            for j in elements.indices where j > i {
                tried += 1
                let (a, b) = (elements[i], elements[j])
                let failed: Set<Int> = [a.variable, b.variable]
                if let site, !siteAlone[i], !siteAlone[j], !structure.diagram.evaluate(site, failed: failed) {
                    siteDown.append([a.id, b.id])
                }
                if !writesAlone[i], !writesAlone[j], !structure.diagram.evaluate(writes, failed: failed) {
                    writesDown.append([a.id, b.id])
                }
            }
        }
        pairsTried = tried
        self.siteDown = siteDown
        self.writesDown = writesDown
        var seen = Set<[ElementID]>()
        let pairs = (siteDown + writesDown).filter { seen.insert($0).inserted }
        let impacts = pairs.map { analyzer.impact(of: FailureScenario(failed: $0)) }
        worst = Array(ScenarioImpact.sortedBySeverity(impacts).prefix(3))
    }
}
