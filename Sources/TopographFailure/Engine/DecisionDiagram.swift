/// A reduced ordered binary decision diagram over Boolean variables `0..<variableCount`, in that
/// fixed order: the exact, shared representation of every structure function of a design.
///
/// A variable is true when its element works. Nodes are hash-consed, so equal functions are the
/// same node and `and`/`or` are memoised; building a series-parallel structure over n elements in
/// variable order costs O(n). Every operation is iterative (an explicit stack), so deep diagrams
/// (thousands of servers in parallel) never exhaust a thread's stack.
public struct DecisionDiagram: Sendable {
    /// A function in the diagram; `.zero` and `.one` are the constants.
    public struct Node: Hashable, Sendable, Comparable {
        let index: Int32
        public static let zero = Node(index: 0)
        public static let one = Node(index: 1)
        public var isConstant: Bool { index < 2 }
        public static func < (a: Node, b: Node) -> Bool { a.index < b.index }
    }

    private struct Triple: Hashable {
        let variable: Int32, low: Int32, high: Int32
    }
    private struct Pair: Hashable {
        let a: Int32, b: Int32
    }

    public let variableCount: Int
    /// Per node: its variable (terminals carry `variableCount`), and its children.
    private(set) var variables: [Int32]
    private(set) var lows: [Int32]
    private(set) var highs: [Int32]
    private var unique: [Triple: Int32] = [:]
    private var andMemo: [Pair: Int32] = [:]
    private var orMemo: [Pair: Int32] = [:]

    public init(variableCount: Int) {
        self.variableCount = variableCount
        variables = [Int32(variableCount), Int32(variableCount)]
        lows = [0, 1]
        highs = [0, 1]
    }

    /// How many nodes the diagram holds (terminals included): its memory, for benchmarks.
    public var nodeCount: Int { variables.count }

    /// The function "variable `v` is true".
    public mutating func variable(_ v: Int) -> Node {
        precondition(v >= 0 && v < variableCount, "variable \(v) outside 0..<\(variableCount)")
        return Node(index: make(Int32(v), low: 0, high: 1))
    }

    /// The node testing `variable`, reduced (equal children collapse) and hash-consed.
    private mutating func make(_ variable: Int32, low: Int32, high: Int32) -> Int32 {
        if low == high { return low }
        let key = Triple(variable: variable, low: low, high: high)
        if let existing = unique[key] { return existing }
        let index = Int32(variables.count)
        variables.append(variable)
        lows.append(low)
        highs.append(high)
        unique[key] = index
        return index
    }

    /// Conjunction.
    public mutating func and(_ a: Node, _ b: Node) -> Node { Node(index: apply(isAnd: true, a.index, b.index)) }

    /// Disjunction.
    public mutating func or(_ a: Node, _ b: Node) -> Node { Node(index: apply(isAnd: false, a.index, b.index)) }

    /// Conjunction of all (true for none).
    public mutating func and(_ nodes: [Node]) -> Node { reduce(nodes, empty: .one, isAnd: true) }

    /// Disjunction of all (false for none).
    public mutating func or(_ nodes: [Node]) -> Node { reduce(nodes, empty: .zero, isAnd: false) }

    /// Folds from the operand with the deepest variables up: each step then combines a function
    /// over earlier variables with the accumulated one over later variables, which costs only the
    /// smaller operand's size and leaves no intermediate garbage. Thousands of servers in parallel
    /// combine in linear time this way (a left fold in variable order would be quadratic).
    private mutating func reduce(_ nodes: [Node], empty: Node, isAnd: Bool) -> Node {
        guard nodes.count > 1 else { return nodes.first ?? empty }
        let keyed = nodes.map { ($0.index, deepestVariable(under: $0.index)) }
        let ordered = keyed.sorted { ($0.1, $0.0) > ($1.1, $1.0) }
        var accumulated = ordered[0].0
        for (node, _) in ordered.dropFirst() { accumulated = apply(isAnd: isAnd, node, accumulated) }
        return Node(index: accumulated)
    }

    /// The largest variable a node's function reads: one walk over its nodes, linear in its size.
    private func deepestVariable(under root: Int32) -> Int32 {
        guard root > 1 else { return -1 }
        var deepest: Int32 = -1
        var seen: Set<Int32> = [root]
        var stack = [root]
        while let n = stack.popLast() {
            deepest = max(deepest, variables[Int(n)])
            for child in [lows[Int(n)], highs[Int(n)]] where child > 1 && seen.insert(child).inserted { stack.append(child) }
        }
        return deepest
    }

    /// The result when one operand decides it, else nil.
    private func terminalCase(isAnd: Bool, _ a: Int32, _ b: Int32) -> Int32? {
        if a == b { return a }
        if isAnd {
            if a == 0 || b == 0 { return 0 }
            if a == 1 { return b }
            if b == 1 { return a }
        } else {
            if a == 1 || b == 1 { return 1 }
            if a == 0 { return b }
            if b == 0 { return a }
        }
        return nil
    }

    /// Shannon expansion on the top variable of `a` and `b`, without recursion: `pending` holds
    /// the pairs still to expand, `results` the finished cofactors, in stack order.
    private mutating func apply(isAnd: Bool, _ a: Int32, _ b: Int32) -> Int32 {
        enum Step {
            case expand(Int32, Int32)
            case combine(Int32, Int32, Int32)
        }
        var pending: [Step] = [.expand(a, b)]
        var results: [Int32] = []
        while let step = pending.popLast() {
            switch step {
            case .expand(let x, let y):
                let key = Pair(a: min(x, y), b: max(x, y))
                if let done = terminalCase(isAnd: isAnd, x, y) ?? (isAnd ? andMemo[key] : orMemo[key]) {
                    results.append(done)
                    continue
                }
                let v = min(variables[Int(x)], variables[Int(y)])
                let (xLow, xHigh) = variables[Int(x)] == v ? (lows[Int(x)], highs[Int(x)]) : (x, x)
                let (yLow, yHigh) = variables[Int(y)] == v ? (lows[Int(y)], highs[Int(y)]) : (y, y)
                pending.append(.combine(x, y, v))
                pending.append(.expand(xHigh, yHigh))
                pending.append(.expand(xLow, yLow))
            case .combine(let x, let y, let v):
                let high = results.removeLast()
                let low = results.removeLast()
                let node = make(v, low: low, high: high)
                let key = Pair(a: min(x, y), b: max(x, y))
                if isAnd { andMemo[key] = node } else { orMemo[key] = node }
                results.append(node)
            }
        }
        return results[0]
    }
}
