import TopographModel

/// Single points of failure.
///
/// A unit is a single point of failure when every path from the users to the application tier,
/// or from the application tier to the database node that takes its writes, passes through it:
/// a separator of the request path graph (articulation-point analysis, linear per question).
/// A database with no replica is one too, named on the database: it holds the only copy, so
/// every read and write stops with it (a managed database the provider fails over is not).
public struct FailureFacts: Sendable {
    public enum Path: String, Sendable {
        case usersToApplication, applicationToWrites
        /// The only copy of the data: the unit is the database component, the starts its clients.
        case onlyCopyOfData
    }

    public struct SinglePoint: Sendable {
        public let unit: ElementID
        public let path: Path
        /// The components the path leads to (the application servers, or the write nodes).
        public let targets: [ElementID]
        /// The components the path starts from (internet sources, or the application servers).
        public let starts: [ElementID]
    }

    public let singlePoints: [SinglePoint]
    public let singlePointUnits: Set<ElementID>

    init(
        index: ArchitectureIndex, virtualIPs: VirtualIPFacts, sources: [ElementID], tiers: TierFacts, replication: ReplicationFacts
    ) {
        // The application tier: application servers, else web servers when there is no app tier.
        let apps = (tiers.members[.appServer] ?? tiers.members[.webServer] ?? []).map(\.id)
        let writeNodes = Self.writeNodes(index: index, replication: replication)
        var graph = RequestPathGraph(index: index, virtualIPs: virtualIPs)

        var points: [SinglePoint] = []
        let sourceUnits = Set(sources.map(index.unit(of:)))
        for u in graph.separators(from: sources, to: apps) where !sourceUnits.contains(u) {
            points.append(SinglePoint(unit: u, path: .usersToApplication, targets: apps, starts: sources))
        }
        // The write node itself is the data rules' business; the app tier was judged above.
        let skip = sourceUnits.union(apps.map(index.unit(of:))).union(writeNodes.map(index.unit(of:))).union(points.map(\.unit))
        for u in graph.separators(from: apps, to: writeNodes) where !skip.contains(u) {
            points.append(SinglePoint(unit: u, path: .applicationToWrites, targets: writeNodes, starts: apps))
        }
        points += Self.loneDatabases(index: index, replication: replication)
        singlePoints = points
        singlePointUnits = Set(points.map(\.unit))
    }

    /// Databases with no replica that take writes and that someone uses, each with its clients.
    private static func loneDatabases(index: ArchitectureIndex, replication: ReplicationFacts) -> [SinglePoint] {
        replication.groups.compactMap { group -> SinglePoint? in
            guard group.members.count == 1, let db = group.members.first, let spec = db.spec.database, spec.acceptsWrites,
                spec.role != .replica, !(spec.provider != nil && spec.failover == .automatic)
            else { return nil }
            let clients = (index.incoming[db.id] ?? []).filter(InternetReach.carriesRequests).map(\.from).uniqued()
            guard !clients.isEmpty else { return nil }
            return SinglePoint(unit: db.id, path: .onlyCopyOfData, targets: [db.id], starts: clients)
        }
    }

    /// The database nodes that accept the writes the design sends (all write nodes if none is written to).
    private static func writeNodes(index: ArchitectureIndex, replication: ReplicationFacts) -> [ElementID] {
        let writtenTo = Set(index.architecture.flows.filter { $0.purpose == .write }.map(\.to))
        let all = replication.groups.flatMap(\.writeNodes).map(\.id)
        let used = all.filter(writtenTo.contains)
        return used.isEmpty ? all : used
    }
}
