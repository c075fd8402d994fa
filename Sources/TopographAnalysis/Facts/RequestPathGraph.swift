import TopographModel

/// Failure units (hosts, and stand-alone components) linked by request, read and write flows:
/// the graph whose articulation points are the single points of failure of a design.
struct RequestPathGraph {
    private(set) var units: [ElementID] = []
    private var number: [ElementID: Int] = [:]
    private var edges: [(Int, Int)] = []
    private let index: ArchitectureIndex

    /// A flow to a virtual IP links its source to every member instead: the address is no
    /// machine that could fail, so an active-passive pair behind it is two paths, not one.
    init(index: ArchitectureIndex, virtualIPs: VirtualIPFacts) {
        self.index = index
        for flow in index.architecture.flows where InternetReach.carriesRequests(flow) {
            for server in virtualIPs.servers(of: flow.to) { edges.append((vertex(flow.from), vertex(server))) }
        }
        linkClusterPeers(index)
    }

    /// The vertex of an element's failure unit, added on first use.
    mutating func vertex(_ id: ElementID) -> Int {
        let u = index.unit(of: id)
        if let n = number[u] { return n }
        number[u] = units.count
        units.append(u)
        return units.count - 1
    }

    /// A clustered load balancer's peers take over its traffic (a floating IP moves, DNS lists
    /// both), so each peer gets the links of the member the flows happen to name.
    private mutating func linkClusterPeers(_ index: ArchitectureIndex) {
        var incident: [Int: [Int]] = [:]
        for (a, b) in edges {
            incident[a, default: []].append(b)
            incident[b, default: []].append(a)
        }
        for c in index.architecture.components {
            guard let lb = c.spec.loadBalancer, lb.mode != .single, let links = incident[vertex(c.id)] else { continue }
            for peer in lb.cluster where index.components[peer]?.kind == .loadBalancer {
                let p = vertex(peer)
                for other in links where other != p { edges.append((p, other)) }
            }
        }
    }

    /// Units whose loss cuts every path from all of `starts` to all of `targets` (a target's own
    /// unit included). One DFS from a virtual root joined to the starts: linear.
    mutating func separators(from starts: [ElementID], to targets: [ElementID]) -> [ElementID] {
        guard !starts.isEmpty, !targets.isEmpty else { return [] }
        let startVertices = Set(starts.map { vertex($0) }).sorted()
        let targetVertices = targets.map { vertex($0) }
        var graph = UndirectedGraph(vertexCount: units.count + 1)
        for (a, b) in edges { graph.addEdge(a, b) }
        let root = units.count
        for s in startVertices { graph.addEdge(root, s) }
        let cut = Biconnectivity(graph, startingAt: [root]).separators(root: root, targets: targetVertices)
        return cut.map { units[$0] }
    }
}
