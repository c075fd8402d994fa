import Testing
import TopographModel

@Suite struct GraphTests {
    /// 0-1-2-3 path with a triangle 3-4-5-3 hanging off 3.
    func pathWithTriangle() -> UndirectedGraph {
        var g = UndirectedGraph(vertexCount: 6)
        for (a, b) in [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 3)] { g.addEdge(a, b) }
        return g
    }

    @Test func articulationPointsAndBridges() {
        let b = Biconnectivity(pathWithTriangle())
        #expect(b.articulationPoints == [1, 2, 3])
        #expect(b.bridges.map { [$0.0, $0.1] } == [[0, 1], [1, 2], [2, 3]])
    }

    @Test func parallelEdgesAreNotBridges() {
        var g = UndirectedGraph(vertexCount: 2)
        g.addEdge(0, 1)
        g.addEdge(0, 1)
        #expect(Biconnectivity(g).bridges.isEmpty)
    }

    @Test func separatorsOnEveryPathToTheTargets() {
        // root 0 -> lb 1 -> servers 2, 3 -> db 4 (both servers reach db).
        var g = UndirectedGraph(vertexCount: 5)
        for (a, b) in [(0, 1), (1, 2), (1, 3), (2, 4), (3, 4)] { g.addEdge(a, b) }
        let b = Biconnectivity(g, startingAt: [0])
        #expect(b.separators(root: 0, targets: [2, 3]) == [1])
        #expect(b.separators(root: 0, targets: [4]) == [1, 4])
        #expect(b.separators(root: 0, targets: [2]) == [1, 2])
        #expect(b.separators(root: 4, targets: [2]) == [])  // 4 was not a DFS root
    }

    @Test func deepGraphsDoNotOverflowTheStack() {
        let n = 200_000
        var g = UndirectedGraph(vertexCount: n)
        for v in 1..<n { g.addEdge(v - 1, v) }
        let b = Biconnectivity(g, startingAt: [0])
        #expect(b.articulationPoints.count == n - 2)
        #expect(b.separators(root: 0, targets: [n - 1]).count == n - 1)
    }

    @Test func functionalGraphCycles() {
        // 0->1->2->0, 3->0, 4->5->4, 6 alone
        let cycles = FunctionalGraph.cycles(next: [1, 2, 0, 0, 5, 4, nil])
        #expect(cycles == [[0, 1, 2], [4, 5]])
        #expect(FunctionalGraph.cycles(next: [1, nil]).isEmpty)
    }

    @Test func breadthFirstPaths() {
        let (parent, reached) = BreadthFirst.tree(adjacency: [[1], [2], [], [0]], sources: [0])
        #expect(reached == [true, true, true, false])
        #expect(BreadthFirst.path(to: 2, parent: parent) == [0, 1, 2])
    }
}
