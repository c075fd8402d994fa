/// A simple undirected multigraph over dense integer vertices `0..<vertexCount`.
///
/// Edges keep their index so parallel edges are told apart (two links between the same pair are
/// not a bridge). Used for failure analysis: which vertex or link every path depends on.
public struct UndirectedGraph: Sendable {
    public let vertexCount: Int
    /// For each vertex, its (neighbour, edge index) pairs in insertion order.
    public private(set) var adjacency: [[(vertex: Int, edge: Int)]]
    public private(set) var edges: [(Int, Int)] = []

    public init(vertexCount: Int) {
        self.vertexCount = vertexCount
        adjacency = Array(repeating: [], count: vertexCount)
    }

    /// Adds an undirected edge; self-loops are ignored (they never matter for connectivity).
    public mutating func addEdge(_ a: Int, _ b: Int) {
        guard a != b else { return }
        let index = edges.count
        edges.append((a, b))
        adjacency[a].append((b, index))
        adjacency[b].append((a, index))
    }
}
