import TopographModel

/// Breadth-first search along flows: the one traversal behind internet reach and the plaintext
/// region after TLS termination. Linear in the flows it follows.
struct FlowSearch {
    /// The flow by which each reached element was first entered; sources have none.
    private(set) var entry: [ElementID: Flow] = [:]
    /// For each reached element, the source whose search got there first (sources: themselves).
    private(set) var origin: [ElementID: ElementID] = [:]

    /// Searches from `sources` in order over the delivered flows (a flow to a virtual IP also
    /// reaches its members), following only the flows `follows` accepts.
    init(virtualIPs: VirtualIPFacts, from sources: [ElementID], following follows: (Flow) -> Bool) {
        var queue: [ElementID] = []
        for s in sources where origin[s] == nil {
            origin[s] = s
            queue.append(s)
        }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for flow in virtualIPs.outgoing[v] ?? [] where origin[flow.to] == nil && follows(flow) {
                origin[flow.to] = origin[v]
                entry[flow.to] = flow
                queue.append(flow.to)
            }
        }
    }
}
