import TopographAnalysis
import TopographModel

/// The structure functions of a design: for the site, reads and writes, a decision-diagram node
/// that is true exactly when the capability works, given which elements work.
///
/// Reachability is exact on any request graph, cycles included: `reach(v)` is the least fixpoint of
/// "v works and a source, or something reaching v, sends it requests", iterated until no node
/// changes (canonical nodes make the test an identity check; a DAG settles in two passes).
public struct StructureFunctions: Sendable {
    /// One instance of a capability: the component serving it, true when it is reached and what it
    /// needs behind it works.
    ///
    /// The two halves stay apart on purpose: the data a thousand writers need spans every replica,
    /// and one conjunction per writer would copy that diagram a thousand times (quadratic). The
    /// capability function joins instances that share `needs` first (see `function`).
    public struct Instance: Sendable {
        public let component: ElementID
        /// True when requests reach the component (it and everything in front of it works).
        public let reached: DecisionDiagram.Node
        /// True when what it needs behind it works (`.one` when nothing).
        public let needs: DecisionDiagram.Node
    }

    public private(set) var diagram: DecisionDiagram
    public let units: FailureUnits
    public let shape: ServiceShape
    /// When each request-path component gets requests from users.
    public private(set) var reach: [ElementID: DecisionDiagram.Node] = [:]
    /// Per capability (site, reads, writes): its instances, empty when the design has none.
    public private(set) var instances: [Capability: [Instance]] = [:]
    /// Writes as they stand at the moment of a failure, before any replica is promoted.
    public private(set) var writesBeforeFailover: [Instance] = []
    /// Writes once a person has promoted a replica (manual failover); equals `instances[.writes]`
    /// when failover is automatic.
    public private(set) var writesAfterPromotion: [Instance] = []
    private var works: [ElementID: DecisionDiagram.Node] = [:]

    public init(facts: ArchitectureFacts) {
        self.init(
            units: FailureUnits(index: facts.index, domains: facts.sharedFate.failureDomains.domains), shape: ServiceShape(facts: facts))
    }

    public init(units: FailureUnits, shape: ServiceShape) {
        self.units = units
        self.shape = shape
        diagram = DecisionDiagram(variableCount: units.elements.count)
        computeReach()
        instances[.site] = shape.applicationTier.map { Instance(component: $0, reached: reached($0), needs: .one) }
        instances[.reads] = shape.readers.map { reader, targets in
            Instance(component: reader, reached: started(reader), needs: reads(targets))
        }
        writesBeforeFailover = writeInstances { group in group.peers }
        writesAfterPromotion = writeInstances { group in group.peers + (group.promotable ? group.replicas : []) }
        instances[.writes] = writeInstances { group in group.peers + (group.promotesAutomatically ? group.replicas : []) }
    }

    /// The capability as one function: any of its instances works. Nil when the design has none.
    public mutating func function(_ capability: Capability) -> DecisionDiagram.Node? {
        guard let list = instances[capability], !list.isEmpty else { return nil }
        return any(list)
    }

    /// Node true when any of `instances` works: per distinct `needs`, (any of its instances is
    /// reached) and needs; linear where one conjunction per instance would be quadratic.
    public mutating func any(_ instances: [Instance]) -> DecisionDiagram.Node {
        var reachedByNeeds: [DecisionDiagram.Node: [DecisionDiagram.Node]] = [:]
        var order: [DecisionDiagram.Node] = []
        for i in instances {
            if reachedByNeeds[i.needs] == nil { order.append(i.needs) }
            reachedByNeeds[i.needs, default: []].append(i.reached)
        }
        let parts = order.map { needs in diagram.and(diagram.or(reachedByNeeds[needs]!), needs) }
        return diagram.or(parts)
    }

    /// Node true when an element works: it, its host and zone, and a firewall of each guarding group.
    public mutating func works(_ id: ElementID) -> DecisionDiagram.Node {
        works(id, visiting: [])
    }

    private mutating func works(_ id: ElementID, visiting: Set<ElementID>) -> DecisionDiagram.Node {
        if let done = works[id] { return done }
        var parts = units.needs(id).map { diagram.variable($0.variable) }
        for group in units.guardsOf(id) where group.allSatisfy({ !visiting.contains($0) }) {
            let alternatives = group.map { works($0, visiting: visiting.union([id])) }
            parts.append(diagram.or(alternatives))
        }
        let node = diagram.and(parts)
        if visiting.isEmpty { works[id] = node }
        return node
    }

    private func reached(_ id: ElementID) -> DecisionDiagram.Node { reach[id] ?? .zero }

    /// When a reader or writer does its work: when requests reach it, or, for one no request ever
    /// reaches (a queue worker, a cron job: it starts its own work), whenever it and the queues it
    /// takes work from work. Counting such a worker as never reached made every failure "lose" it.
    private mutating func started(_ id: ElementID) -> DecisionDiagram.Node {
        let node = reached(id)
        guard node == .zero else { return node }
        return diagram.and([works(id)] + (shape.queuesUsed[id] ?? []).map { works($0) })
    }

    /// Gauss-Seidel iteration of the reach equations in a breadth-first order from the sources.
    private mutating func computeReach() {
        var incoming: [ElementID: [ElementID]] = [:]
        var outgoing: [ElementID: [ElementID]] = [:]
        for (from, to) in shape.requestEdges {
            incoming[to, default: []].append(from)
            outgoing[from, default: []].append(to)
        }
        let sources = Set(shape.sources)
        var order: [ElementID] = []
        var seen = sources
        var queue = shape.sources
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in outgoing[v] ?? [] where seen.insert(w).inserted {
                queue.append(w)
                order.append(w)
            }
        }
        for s in shape.sources { reach[s] = works(s) }
        var changed = true
        while changed {
            changed = false
            for v in order {
                let fed = diagram.or((incoming[v] ?? []).map { reach[$0] ?? .zero })
                let node = diagram.and(works(v), fed)
                if reach[v] != node {
                    reach[v] = node
                    changed = true
                }
            }
        }
    }

    /// Reads succeed when one copy of every data set read works (replicas of one group are copies).
    private mutating func reads(_ targets: [ElementID]) -> DecisionDiagram.Node {
        var groups: [ElementID: [ElementID]] = [:]
        var order: [ElementID] = []
        for t in targets {
            let key = shape.replicationGroup[t] ?? t
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(t)
        }
        let perGroup = order.map { key in diagram.or(groups[key]!.map { works($0) }) }
        return diagram.and(perGroup)
    }

    /// Each writer with its write targets, a target counting as working when it or one of the
    /// `alternatives` of its write group works.
    private mutating func writeInstances(alternatives: (ServiceShape.WriteGroup) -> [ElementID]) -> [Instance] {
        // One node per write target, shared by every writer: thousands of writers to one primary
        // with thousands of replicas would otherwise rebuild the same disjunction each time.
        var targetNodes: [ElementID: DecisionDiagram.Node] = [:]
        return shape.writers.map { writer, targets in
            let perTarget = targets.map { t in
                if let done = targetNodes[t] { return done }
                let others = shape.writeGroups[t].map(alternatives) ?? []
                let node = diagram.or(([t] + others).map { works($0) })
                targetNodes[t] = node
                return node
            }
            return Instance(component: writer, reached: started(writer), needs: diagram.and(perTarget))
        }
    }
}
