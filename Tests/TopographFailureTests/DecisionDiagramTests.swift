import Testing
import TopographTestSupport

@testable import TopographFailure

/// The decision diagram against a truth-table enumerator written independently (Structure).
@Suite struct DecisionDiagramTests {
    @Test func probabilityMatchesBruteForceOnRandomStructures() {
        var g = SeededGenerator(seed: 16)
        for _ in 0..<300 {
            let n = Int.random(in: 1...10, using: &g)
            let structure = Structure.random(variables: n, depth: 4, &g)
            let p = (0..<n).map { _ in Double.random(in: 0.5...0.9999, using: &g) }
            var diagram = DecisionDiagram(variableCount: n)
            let node = structure.node(in: &diagram)
            #expect(abs(diagram.probability(node, up: p) - structure.bruteForceProbability(p)) < 1e-12, "\(structure)")
        }
    }

    @Test func evaluationMatchesTheStructureOnEveryAssignment() {
        var g = SeededGenerator(seed: 7)
        for _ in 0..<100 {
            let n = Int.random(in: 1...8, using: &g)
            let structure = Structure.random(variables: n, depth: 4, &g)
            var diagram = DecisionDiagram(variableCount: n)
            let node = structure.node(in: &diagram)
            for mask in 0..<(1 << n) {
                let up = (0..<n).map { mask & (1 << $0) != 0 }
                #expect(diagram.evaluate(node) { up[$0] } == structure.holds(up))
            }
        }
    }

    /// Failing more elements never restores a structure: for failed sets S ⊂ T, if the structure
    /// fails under S it fails under T.
    @Test func failingMoreNeverRestores() {
        var g = SeededGenerator(seed: 11)
        for _ in 0..<200 {
            let n = Int.random(in: 2...12, using: &g)
            var diagram = DecisionDiagram(variableCount: n)
            let node = Structure.random(variables: n, depth: 4, &g).node(in: &diagram)
            var failed = Set<Int>()
            var wasDown = false
            for v in (0..<n).shuffled(using: &g) {
                failed.insert(v)
                let down = !diagram.evaluate(node, failed: failed)
                #expect(!wasDown || down)
                wasDown = down
            }
        }
    }

    /// An added redundant path (f or g) never lowers the probability.
    @Test func aRedundantPathNeverLowersAvailability() {
        var g = SeededGenerator(seed: 3)
        for _ in 0..<200 {
            let n = Int.random(in: 2...12, using: &g)
            var diagram = DecisionDiagram(variableCount: n)
            let f = Structure.random(variables: n, depth: 3, &g).node(in: &diagram)
            let extra = Structure.random(variables: n, depth: 3, &g).node(in: &diagram)
            let p = (0..<n).map { _ in Double.random(in: 0.1...0.999, using: &g) }
            let both = diagram.or(f, extra)
            #expect(diagram.probability(both, up: p) >= diagram.probability(f, up: p) - 1e-15)
        }
    }

    @Test func equalFunctionsAreTheSameNode() {
        var d = DecisionDiagram(variableCount: 3)
        let (a, b, c) = (d.variable(0), d.variable(1), d.variable(2))
        let left = d.and(a, d.or(b, c))
        let right = d.or(d.and(a, b), d.and(a, c))
        #expect(left == right)
        #expect(d.support(left) == [0, 1, 2])
        #expect(d.and([]) == .one)
        #expect(d.or([]) == .zero)
    }

    /// 20,000 chains in parallel: deep diagrams build and evaluate without recursion, linearly.
    @Test func thousandsOfParallelChainsStayLinear() {
        let chains = 20_000
        var d = DecisionDiagram(variableCount: chains * 2)
        let paths = (0..<chains).map { i in d.and(d.variable(2 * i), d.variable(2 * i + 1)) }
        let site = d.or(paths)
        #expect(d.nodeCount < chains * 6)
        let p = [Double](repeating: 0.5, count: chains * 2)
        // P(all chains fail) = 0.75^20000 underflows to 0: availability 1 up to rounding.
        #expect(abs(d.probability(site, up: p) - 1) < 1e-12)
        #expect(!d.evaluate(site) { _ in false })
    }
}
