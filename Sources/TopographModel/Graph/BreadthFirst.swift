/// Breadth-first search over a directed graph given as adjacency lists of dense integer vertices.
public enum BreadthFirst {
    /// For each vertex, the vertex it was first reached from (-1 for sources and unreached
    /// vertices) and whether it was reached. Sources are explored in the order given.
    public static func tree(adjacency: [[Int]], sources: [Int]) -> (parent: [Int], reached: [Bool]) {
        let n = adjacency.count
        var parent = Array(repeating: -1, count: n)
        var reached = Array(repeating: false, count: n)
        var queue: [Int] = []
        for s in sources where s >= 0 && s < n && !reached[s] {
            reached[s] = true
            queue.append(s)
        }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in adjacency[v] where !reached[w] {
                reached[w] = true
                parent[w] = v
                queue.append(w)
            }
        }
        return (parent, reached)
    }

    /// The path from a source to `vertex` along `parent` links, source first.
    public static func path(to vertex: Int, parent: [Int]) -> [Int] {
        var path = [vertex]
        var v = vertex
        while parent[v] >= 0 {
            v = parent[v]
            path.append(v)
        }
        return path.reversed()
    }
}
