import TopographModel

/// A design change and what it does to one availability figure.
public struct Improvement: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        /// A second, independent instance of an element (a standby host, a second load balancer).
        case redundant(ElementID, FailureElement.Kind)
        /// Replicas of a write node promoted automatically instead of by a person.
        case automaticFailover(ElementID)
    }

    public let change: Change
    public let capability: Capability
    public let before: Double
    public let after: Double

    /// `a second load balancer next to lb`, `a standby host for server`, `automatic failover for db-1`.
    public var description: String {
        switch change {
        case .redundant(let id, let kind):
            switch kind {
            case .host: "a standby host for \(id)"
            case .failureDomain(let level): "a second \(level.title) next to \(id)"
            case .zone: "a second zone next to \(id)"
            case .component(let kind): "a second \(kind.title) next to \(id)"
            }
        case .automaticFailover(let id): "automatic failover for \(id)"
        }
    }
}

extension StructureFunctions {
    /// For each capability with a figure, the single change among `candidates` (elements whose
    /// loss alone takes a capability down) and automatic failover of write nodes with replicas that
    /// raises it most; nil for a capability no candidate raises.
    ///
    /// A redundant element is exact as a probability substitution: the element's variable becomes
    /// "it or an independent twin works", p -> 1 - (1 - p)^2. Automatic failover changes the
    /// structure, so it is rebuilt with that write group's failover set to automatic.
    public mutating func bestImprovements(
        candidates: [FailureElement], up: [Double]
    ) -> [Capability: Improvement] {
        var best: [Capability: Improvement] = [:]
        let capabilities: [Capability] = [.site, .reads, .writes]
        var functions: [(Capability, DecisionDiagram.Node)] = []
        for c in capabilities { if let f = function(c) { functions.append((c, f)) } }
        func consider(_ change: Improvement.Change, _ capability: Capability, _ before: Double, _ after: Double) {
            // A change shown with two decimals must show: 99.98% -> 99.98% is no advice.
            guard after >= before + 5e-5, after > (best[capability]?.after ?? -1) else { return }
            best[capability] = Improvement(change: change, capability: capability, before: before, after: after)
        }
        let baseline = functions.map { ($0.0, diagram.probability($0.1, up: up)) }
        for element in candidates {
            var twin = up
            let p = up[element.variable]
            twin[element.variable] = 1 - (1 - p) * (1 - p)
            for ((c, f), (_, before)) in zip(functions, baseline) {
                consider(.redundant(element.id, element.kind), c, before, diagram.probability(f, up: twin))
            }
        }
        for (node, group) in shape.writeGroups.sorted(by: { $0.key < $1.key }) where !group.promotesAutomatically && !group.replicas.isEmpty
        {
            var changed = shape
            changed.writeGroups[node]?.failover = .automatic
            var rebuilt = StructureFunctions(units: units, shape: changed)
            for (c, before) in baseline {
                guard let f = rebuilt.function(c) else { continue }
                consider(.automaticFailover(node), c, before, rebuilt.diagram.probability(f, up: up))
            }
        }
        return best
    }
}
