extension DecisionDiagram {
    /// The exact probability that `node` is true when each variable `v` is independently true with
    /// probability `up[v]`: one bottom-up pass over the nodes it reaches (children always have
    /// smaller indices than their parents, so ascending order is a valid evaluation order).
    public func probability(_ node: Node, up: [Double]) -> Double {
        precondition(up.count == variableCount, "one probability per variable")
        if node.isConstant { return node == .one ? 1 : 0 }
        var value: [Int32: Double] = [0: 0, 1: 1]
        for n in reachable(from: node.index) {
            let i = Int(n)
            let p = up[Int(variables[i])]
            value[n] = (1 - p) * value[lows[i]]! + p * value[highs[i]]!
        }
        return value[node.index]!
    }

    /// Whether `node` holds when exactly the variables in `failed` are false: one walk from the root.
    public func evaluate(_ node: Node, failed: Set<Int>) -> Bool {
        evaluate(node) { !failed.contains($0) }
    }

    /// Whether `node` holds under an assignment given as a predicate on variables.
    public func evaluate(_ node: Node, _ isTrue: (Int) -> Bool) -> Bool {
        var n = node.index
        while n > 1 {
            let i = Int(n)
            n = isTrue(Int(variables[i])) ? highs[i] : lows[i]
        }
        return n == 1
    }

    /// The variables the function depends on, ascending.
    public func support(_ node: Node) -> [Int] {
        Set(reachable(from: node.index).map { Int(variables[Int($0)]) }).sorted()
    }

    /// The non-terminal nodes under `root` (itself included), ascending.
    private func reachable(from root: Int32) -> [Int32] {
        guard root > 1 else { return [] }
        var seen: Set<Int32> = [root]
        var stack = [root]
        while let n = stack.popLast() {
            for child in [lows[Int(n)], highs[Int(n)]] where child > 1 && seen.insert(child).inserted {
                stack.append(child)
            }
        }
        return seen.sorted()
    }
}
