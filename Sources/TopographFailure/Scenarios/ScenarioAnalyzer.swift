import TopographAnalysis
import TopographModel

/// Works out what a scenario does to each capability: the site, reads and writes from the structure
/// functions (one diagram walk per instance), TLS, monitoring and data from the model's facts.
public struct ScenarioAnalyzer: Sendable {
    public let index: ArchitectureIndex
    public let structure: StructureFunctions
    /// Components where users' TLS ends (`TLSFacts.userTerminationPoints`).
    let userTerminators: [ElementID]
    /// Monitoring: each watched host with its agents, and who receives each agent's telemetry
    /// (`MonitoringFacts.receivers`).
    let agentsByHost: [(ElementID, [ElementID])]
    let platformsOf: [ElementID: [ElementID]]

    public init(facts: ArchitectureFacts, structure: StructureFunctions) {
        index = facts.index
        self.structure = structure
        userTerminators = facts.tls.userTerminationPoints
        agentsByHost = facts.index.architecture.hosts.compactMap { host in
            facts.monitoring.agentsByHost[host.id].map { (host.id, $0.map(\.id)) }
        }
        platformsOf = Dictionary(
            facts.monitoring.agents.map { ($0.id, facts.monitoring.receivers(of: $0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The impact of `scenario` on every capability the design has, in `Capability` order.
    public func impact(of scenario: FailureScenario) -> ScenarioImpact {
        let failed = Set(scenario.failed)
        let variables = Set(failed.compactMap { structure.units.byID[$0]?.variable })
        let state = State(analyzer: self, failed: failed, variables: variables)
        let impacts = [state.site(), state.writes(), state.reads(), state.tls(), state.monitoring(), state.data()]
        return ScenarioImpact(scenario: scenario, impacts: impacts.compactMap { $0 }.sorted { $0.capability < $1.capability })
    }

    /// One scenario's evaluation: which elements are down, and the capability sentences.
    struct State {
        let analyzer: ScenarioAnalyzer
        let failed: Set<ElementID>
        let variables: Set<Int>
        var structure: StructureFunctions { analyzer.structure }

        func holds(_ node: DecisionDiagram.Node) -> Bool {
            structure.diagram.evaluate(node) { !variables.contains($0) }
        }

        /// Whether `id` is down in this scenario; remembered, as monitoring and reads ask about every
        /// host and data store once per capability.
        func isDown(_ id: ElementID) -> Bool {
            if let known = down.known[id] { return known }
            let value = structure.units.isDown(id, failed: failed)
            down.known[id] = value
            return value
        }
        let down = DownMemo()

        func isReached(_ id: ElementID) -> Bool { structure.reach[id].map(holds) ?? false }

        /// The instances that work and those lost, in declaration order.
        func split(_ instances: [StructureFunctions.Instance]) -> (working: [ElementID], lost: [ElementID]) {
            var working: [ElementID] = []
            var lost: [ElementID] = []
            // Writers share their `needs` (one node spanning every replica): evaluate each once.
            var memo: [DecisionDiagram.Node: Bool] = [:]
            func once(_ node: DecisionDiagram.Node) -> Bool {
                if let known = memo[node] { return known }
                let value = holds(node)
                memo[node] = value
                return value
            }
            for i in instances { if once(i.reached) && once(i.needs) { working.append(i.component) } else { lost.append(i.component) } }
            return (working, lost)
        }

        func site() -> CapabilityImpact? {
            guard let instances = structure.instances[.site], !instances.isEmpty else { return nil }
            let (working, lost) = split(instances)
            let entries = structure.shape.entryPoints
            let open = entries.filter(isReached)
            let capacity = (working.count, instances.count)
            if working.isEmpty {
                let why =
                    open.isEmpty
                    ? "no entry point is left (\(Words.list(entries)) lost)"
                    : "no request gets past \(Words.list(open)) to any \(tierTitle)"
                return CapabilityImpact(.site, .down, "users cannot reach the site: \(why)", elements: entries, capacity: capacity)
            }
            let through = open.count < entries.count ? "only through \(Words.list(open))" : "through \(Words.list(open))"
            let lostCaches = structure.shape.caches.filter(isDown)
            if lost.isEmpty && !lostCaches.isEmpty {
                return CapabilityImpact(
                    .site, .degraded,
                    "users reach the site \(through), without \(Words.list(lostCaches)): every request falls through to the data store",
                    elements: lostCaches, capacity: capacity)
            }
            let lostDependencies = structure.shape.requestDependencies.filter(isDown)
            if lost.isEmpty && !lostDependencies.isEmpty {
                return CapabilityImpact(
                    .site, .degraded, "users reach the site \(through), but the requests that need \(Words.list(lostDependencies)) fail",
                    elements: lostDependencies, capacity: nil)
            }
            if lost.isEmpty { return CapabilityImpact(.site, .ok, "users reach the site \(through)", capacity: capacity) }
            return CapabilityImpact(
                .site, .degraded,
                "\(working.count) of \(instances.count) \(tierTitle)s serve (\(Words.list(lost, limit: 4)) lost), \(through)",
                elements: lost, capacity: capacity)
        }

        var tierTitle: String {
            structure.shape.applicationTier.first.flatMap { analyzer.index.components[$0]?.kind.title } ?? "server"
        }

        func reads() -> CapabilityImpact? {
            guard let instances = structure.instances[.reads], !instances.isEmpty else { return nil }
            let (working, lost) = split(instances)
            let capacity = (working.count, instances.count)
            let targets = structure.shape.readers.flatMap(\.1)
            let lostTargets = Words.unique(targets.filter(isDown))
            let cause = lostTargets.isEmpty ? "" : " (\(Words.list(lostTargets, limit: 4)) lost)"
            if working.isEmpty {
                return CapabilityImpact(.reads, .down, "no reader can read its data\(cause)", elements: lost, capacity: capacity)
            }
            if lost.isEmpty { return CapabilityImpact(.reads, .ok, "every reader reads its data", capacity: capacity) }
            return CapabilityImpact(
                .reads, .degraded, "\(working.count) of \(instances.count) readers can read\(cause)", elements: lost,
                capacity: capacity)
        }
    }
}

/// The elements one scenario has already judged, up or down.
final class DownMemo {
    var known: [ElementID: Bool] = [:]
}
