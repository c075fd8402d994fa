import TopographFailure
import TopographModel
import TopographModelFiles
import TopographTestSupport

/// A monotone Boolean structure written independently of the decision diagram, for brute-force and
/// cross-implementation checks.
indirect enum Structure: CustomStringConvertible {
    case variable(Int)
    case all([Structure])
    case any([Structure])

    /// Evaluates directly on an assignment (true = working).
    func holds(_ up: [Bool]) -> Bool {
        switch self {
        case .variable(let v): up[v]
        case .all(let parts): parts.allSatisfy { $0.holds(up) }
        case .any(let parts): parts.contains { $0.holds(up) }
        }
    }

    /// Builds it in a decision diagram.
    func node(in diagram: inout DecisionDiagram) -> DecisionDiagram.Node {
        switch self {
        case .variable(let v): return diagram.variable(v)
        case .all(let parts):
            let nodes = parts.map { $0.node(in: &diagram) }
            return diagram.and(nodes)
        case .any(let parts):
            let nodes = parts.map { $0.node(in: &diagram) }
            return diagram.or(nodes)
        }
    }

    /// The exact probability by enumerating all 2^n assignments: the reference implementation.
    func bruteForceProbability(_ p: [Double]) -> Double {
        var total = 0.0
        for mask in 0..<(1 << p.count) {
            let up = p.indices.map { mask & (1 << $0) != 0 }
            guard holds(up) else { continue }
            total += p.indices.reduce(1.0) { $0 * (up[$1] ? p[$1] : 1 - p[$1]) }
        }
        return total
    }

    /// Python syntax for relibmss: `(x0 & (x1 | x2))`.
    var description: String {
        switch self {
        case .variable(let v): "x\(v)"
        case .all(let parts): "(" + parts.map(\.description).joined(separator: " & ") + ")"
        case .any(let parts): "(" + parts.map(\.description).joined(separator: " | ") + ")"
        }
    }

    /// A random structure over `variables` variables, nested up to `depth`.
    static func random(variables: Int, depth: Int, _ g: inout SeededGenerator) -> Structure {
        if depth == 0 || Int.random(in: 0..<4, using: &g) == 0 { return .variable(Int.random(in: 0..<variables, using: &g)) }
        let parts = (0..<Int.random(in: 2...4, using: &g)).map { _ in random(variables: variables, depth: depth - 1, &g) }
        return Bool.random(using: &g) ? .all(parts) : .any(parts)
    }
}

/// The reference models of models/, loaded from their YAML twins (no compiler needed).
enum Models {
    static func load(_ name: String) throws -> Architecture {
        try ModelLoader.load(TestProcess.repositoryRoot.appendingPathComponent("models/\(name).yaml").path)
    }
}
