/// Graphs where every vertex has at most one successor, such as "replicates from" links.
public enum FunctionalGraph {
    /// Every cycle, each listed from its smallest vertex and following successors; sorted by that
    /// vertex. Linear: each vertex is walked once.
    public static func cycles(next: [Int?]) -> [[Int]] {
        let n = next.count
        var state = Array(repeating: 0, count: n)  // 0 new, 1 on the current walk, 2 done
        var result: [[Int]] = []
        for start in 0..<n where state[start] == 0 {
            var walk: [Int] = []
            var v: Int? = start
            while let x = v, x >= 0, x < n, state[x] == 0 {
                state[x] = 1
                walk.append(x)
                v = next[x]
            }
            if let x = v, x >= 0, x < n, state[x] == 1, let at = walk.firstIndex(of: x) {
                let cycle = Array(walk[at...])
                let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
                result.append(Array(cycle[smallest...] + cycle[..<smallest]))
            }
            for x in walk { state[x] = 2 }
        }
        return result.sorted { $0[0] < $1[0] }
    }
}
