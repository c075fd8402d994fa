/// Articulation points and bridges of an undirected graph (Tarjan's lowpoint method), computed
/// iteratively so that graphs with hundreds of thousands of vertices do not exhaust the stack.
///
/// Also answers "which vertices lie on every path from a root to a set of targets" (the
/// single points of failure of a request path), using the same DFS tree in linear time.
public struct Biconnectivity: Sendable {
    /// Vertices whose removal disconnects their connected component, ascending.
    public let articulationPoints: [Int]
    /// Edges whose removal disconnects their component, as (lower, higher) vertex pairs, sorted.
    public let bridges: [(Int, Int)]
    /// DFS discovery order (-1 when unvisited), the lowpoint of each vertex, and its DFS parent.
    let discovery: [Int]
    let low: [Int]
    let parent: [Int]
    /// DFS children of each vertex, in discovery order.
    let children: [[Int]]
    /// The vertex each DFS tree started from, per vertex.
    let treeRoot: [Int]

    /// Runs the DFS, starting from `roots` first (in order), then from every unvisited vertex.
    public init(_ graph: UndirectedGraph, startingAt roots: [Int] = []) {
        let n = graph.vertexCount
        var discovery = Array(repeating: -1, count: n)
        var low = Array(repeating: 0, count: n)
        var parent = Array(repeating: -1, count: n)
        var parentEdge = Array(repeating: -1, count: n)
        var children = Array(repeating: [Int](), count: n)
        var isArticulation = Array(repeating: false, count: n)
        var bridges: [(Int, Int)] = []
        var nextIndex = Array(repeating: 0, count: n)  // next adjacency entry to explore
        var treeRoot = Array(repeating: -1, count: n)
        var time = 0
        for root in roots + Array(0..<n) where discovery[root] < 0 {
            discovery[root] = time
            low[root] = time
            treeRoot[root] = root
            time += 1
            var stack = [root]
            while let v = stack.last {
                if nextIndex[v] < graph.adjacency[v].count {
                    let (w, edge) = graph.adjacency[v][nextIndex[v]]
                    nextIndex[v] += 1
                    if edge == parentEdge[v] { continue }
                    if discovery[w] < 0 {
                        discovery[w] = time
                        low[w] = time
                        time += 1
                        parent[w] = v
                        treeRoot[w] = root
                        parentEdge[w] = edge
                        children[v].append(w)
                        stack.append(w)
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    stack.removeLast()
                    let p = parent[v]
                    guard p >= 0 else { continue }
                    low[p] = min(low[p], low[v])
                    if low[v] > discovery[p] { bridges.append((min(p, v), max(p, v))) }
                    if parent[p] >= 0 && low[v] >= discovery[p] { isArticulation[p] = true }
                }
            }
            if children[root].count > 1 { isArticulation[root] = true }
        }
        articulationPoints = (0..<n).filter { isArticulation[$0] }
        self.bridges = bridges.sorted { $0 < $1 }
        self.discovery = discovery
        self.low = low
        self.parent = parent
        self.children = children
        self.treeRoot = treeRoot
    }

    /// Vertices other than `root` whose removal leaves `root` connected to none of `targets`
    /// (a target itself counts: removing the only target disconnects it). Ascending.
    ///
    /// `root` must be one of the `startingAt` roots (else the result is empty). Targets unreachable
    /// from `root` are ignored.
    public func separators(root: Int, targets: [Int]) -> [Int] {
        let n = discovery.count
        guard root < n, treeRoot[root] == root else { return [] }
        var isTarget = Array(repeating: false, count: n)
        for t in targets where treeRoot[t] == root { isTarget[t] = true }
        let total = isTarget.reduce(0) { $0 + ($1 ? 1 : 0) }
        guard total > 0 else { return [] }
        // Targets per DFS subtree, accumulated children-first (reverse discovery order).
        var order = (0..<n).filter { discovery[$0] >= 0 }
        order.sort { discovery[$0] > discovery[$1] }
        var inSubtree = isTarget.map { $0 ? 1 : 0 }
        for v in order where parent[v] >= 0 { inSubtree[parent[v]] += inSubtree[v] }
        var result: [Int] = []
        for v in order where v != root && inSubtree[v] > 0 {
            // Targets cut off from root when v goes: v itself plus children hanging below v.
            var cut = isTarget[v] ? 1 : 0
            for c in children[v] where low[c] >= discovery[v] { cut += inSubtree[c] }
            if cut == total { result.append(v) }
        }
        return result.sorted()
    }
}
