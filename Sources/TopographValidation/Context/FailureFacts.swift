import TopographModel

/// Single points of failure and tiers.
///
/// A unit is a single point of failure when every path from the users to the application tier,
/// or from the application tier to the database node that takes its writes, passes through it:
/// a separator of the request path graph (articulation-point analysis, linear per question).
struct FailureFacts {
    enum Path: String { case usersToApplication, applicationToWrites }

    struct SinglePoint {
        let unit: ElementID
        let path: Path
        /// The components the path leads to (the application servers, or the write nodes).
        let targets: [ElementID]
        /// The components the path starts from (internet sources, or the application servers).
        let starts: [ElementID]
    }

    let singlePoints: [SinglePoint]
    let singlePointUnits: Set<ElementID>
    /// Components of each tier kind, in declaration order.
    let tiers: [ComponentKind: [Component]]

    init(index: ArchitectureIndex, sources: [ElementID], replication: ReplicationFacts, unit: @escaping (ElementID) -> ElementID) {
        let tiers = Dictionary(
            grouping: index.architecture.components.filter { ValidationContext.tierKinds.contains($0.kind) }, by: \.kind)
        self.tiers = tiers
        // The application tier: application servers, else web servers when there is no app tier.
        let apps = (tiers[.appServer] ?? tiers[.webServer] ?? []).map(\.id)
        let writeNodes = Self.writeNodes(index: index, replication: replication)
        var graph = RequestPathGraph(index: index, unit: unit)

        var points: [SinglePoint] = []
        let sourceUnits = Set(sources.map(unit))
        for u in graph.separators(from: sources, to: apps) where !sourceUnits.contains(u) {
            points.append(SinglePoint(unit: u, path: .usersToApplication, targets: apps, starts: sources))
        }
        // The write node itself is the data rules' business; the app tier was judged above.
        let skip = sourceUnits.union(apps.map(unit)).union(writeNodes.map(unit)).union(points.map(\.unit))
        for u in graph.separators(from: apps, to: writeNodes) where !skip.contains(u) {
            points.append(SinglePoint(unit: u, path: .applicationToWrites, targets: writeNodes, starts: apps))
        }
        singlePoints = points
        singlePointUnits = Set(points.map(\.unit))
    }

    /// The database nodes that accept the writes the design sends (all write nodes if none is written to).
    private static func writeNodes(index: ArchitectureIndex, replication: ReplicationFacts) -> [ElementID] {
        let writtenTo = Set(index.architecture.flows.filter { $0.purpose == .write }.map(\.to))
        let all = replication.groups.flatMap(\.writeNodes).map(\.id)
        let used = all.filter(writtenTo.contains)
        return used.isEmpty ? all : used
    }
}
