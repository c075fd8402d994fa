import TopographModel

/// Single points of failure and tiers.
///
/// Failure units are hosts (everything on a host fails with it) and stand-alone components. The
/// request path graph links units by request, read and write flows. A unit is a single point of
/// failure when every path from the users to the application tier, or from the application tier
/// to the database node that takes its writes, passes through it: a separator of the DFS tree
/// (articulation-point analysis, one linear pass per question).
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

    init(index: ArchitectureIndex, sources: [ElementID], replication: ReplicationFacts, unit: (ElementID) -> ElementID) {
        let components = index.architecture.components
        tiers = Dictionary(grouping: components.filter { ValidationContext.tierKinds.contains($0.kind) }, by: \.kind)
        var units: [ElementID] = []
        var number: [ElementID: Int] = [:]
        func vertex(_ id: ElementID) -> Int {
            let u = unit(id)
            if let n = number[u] { return n }
            number[u] = units.count
            units.append(u)
            return units.count - 1
        }
        var edges: [(Int, Int)] = []
        for flow in index.architecture.flows where InternetReach.carriesRequests(flow) {
            edges.append((vertex(flow.from), vertex(flow.to)))
        }
        // A clustered load balancer's peers take over its traffic (a floating IP moves, DNS lists
        // both): give each peer the links of the member the flows happen to name.
        var incident: [Int: [Int]] = [:]
        for (a, b) in edges {
            incident[a, default: []].append(b)
            incident[b, default: []].append(a)
        }
        for c in components {
            guard let lb = c.spec.loadBalancer, lb.mode != .single, let links = incident[vertex(c.id)] else { continue }
            for peer in lb.cluster where index.components[peer]?.kind == .loadBalancer {
                let p = vertex(peer)
                for other in links where other != p { edges.append((p, other)) }
            }
        }
        let appKind: ComponentKind = (tiers[.appServer]?.isEmpty == false) ? .appServer : .webServer
        let apps = (tiers[appKind] ?? []).map(\.id)
        for id in sources + apps { _ = vertex(id) }
        let writtenTo = Set(index.architecture.flows.filter { $0.purpose == .write }.map(\.to))
        let allWriters = replication.groups.flatMap(\.writeNodes).map(\.id)
        var writeNodes = allWriters.filter(writtenTo.contains)
        if writeNodes.isEmpty { writeNodes = allWriters }
        for id in writeNodes { _ = vertex(id) }

        func separators(from starts: [ElementID], to targets: [ElementID], excluding: Set<ElementID>) -> [ElementID] {
            guard !starts.isEmpty, !targets.isEmpty else { return [] }
            var graph = UndirectedGraph(vertexCount: units.count + 1)
            for (a, b) in edges { graph.addEdge(a, b) }
            let root = units.count
            for s in Set(starts.map { number[unit($0)]! }).sorted() { graph.addEdge(root, s) }
            let b = Biconnectivity(graph, startingAt: [root])
            let cut = b.separators(root: root, targets: targets.map { number[unit($0)]! })
            return cut.map { units[$0] }.filter { !excluding.contains($0) }
        }

        var points: [SinglePoint] = []
        let sourceUnits = Set(sources.map(unit))
        for u in separators(from: sources, to: apps, excluding: sourceUnits) {
            points.append(SinglePoint(unit: u, path: .usersToApplication, targets: apps, starts: sources))
        }
        let appUnits = Set(apps.map(unit)), writeUnits = Set(writeNodes.map(unit))
        let already = Set(points.map(\.unit))
        for u in separators(from: apps, to: writeNodes, excluding: appUnits.union(writeUnits).union(already))
        where !sourceUnits.contains(u) {
            points.append(SinglePoint(unit: u, path: .applicationToWrites, targets: writeNodes, starts: apps))
        }
        singlePoints = points
        singlePointUnits = Set(points.map(\.unit))
    }
}
