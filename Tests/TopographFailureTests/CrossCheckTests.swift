import Foundation
import Testing
import TopographTestSupport

@testable import TopographFailure

/// Exact figures against relibmss, an independent BDD implementation (Rust, from PyPI), on random
/// structures too large to enumerate: every figure must agree to 1e-9.
@Suite struct CrossCheckTests {
    @Test func figuresAgreeWithRelibmss() throws {
        var g = SeededGenerator(seed: 2026)
        var cases: [[String: Any]] = []
        var ours: [Double] = []
        for _ in 0..<60 {
            let n = Int.random(in: 5...40, using: &g)
            let structure = Structure.random(variables: n, depth: 5, &g)
            let p = (0..<n).map { _ in Double.random(in: 0.9...0.99999, using: &g) }
            var diagram = DecisionDiagram(variableCount: n)
            let node = structure.node(in: &diagram)
            ours.append(diagram.probability(node, up: p))
            let up = Dictionary(uniqueKeysWithValues: p.enumerated().map { ("x\($0.offset)", $0.element) })
            cases.append(["expression": structure.description, "up": up])
        }
        let input = try JSONSerialization.data(withJSONObject: ["cases": cases])
        let script = TestProcess.repositoryRoot.appendingPathComponent("scripts/availability-crosscheck.py").path
        let result = try TestProcess.run("python3", [script], input: input)
        try #require(result.status == 0, "\(result.stderr)")
        let theirs = result.stdout.split(separator: "\n").compactMap { Double($0) }
        try #require(theirs.count == ours.count)
        for (a, b) in zip(ours, theirs) { #expect(abs(a - b) < 1e-9, "topograph \(a), relibmss \(b)") }
    }
}
