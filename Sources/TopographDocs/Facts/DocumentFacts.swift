import TopographModel

/// What the document says about a model, derived once: who guards what, who monitors what, where
/// TLS ends. Everything here is computed from the model, never written per reference model.
struct DocumentFacts {
    let index: ArchitectureIndex
    var architecture: Architecture { index.architecture }
    /// Database nodes that accept writes, in declaration order.
    let writers: [Component]
    /// Replicas by the node they replicate from.
    let replicasBySource: [ElementID: [Component]]
    /// Monitoring agents by the platform they ship to.
    let agentsByPlatform: [ElementID: [Component]]
    /// Firewalls in front of each host and component (computed once: large models stay linear).
    private let guards: [ElementID: [Component]]
    /// The flows each firewall evaluates.
    let flowsCrossing: [ElementID: [Flow]]

    init(_ architecture: Architecture) {
        let index = ArchitectureIndex(architecture)
        self.index = index
        writers = index.components(ofKind: .database).filter { $0.spec.database?.acceptsWrites == true }
        replicasBySource = Dictionary(
            grouping: index.components(ofKind: .database).filter { $0.spec.database?.replicatesFrom != nil },
            by: { $0.spec.database!.replicatesFrom! })
        agentsByPlatform = Dictionary(
            grouping: index.components(ofKind: .monitoringAgent).filter { $0.spec.monitoringAgent?.shipsTo != nil },
            by: { $0.spec.monitoringAgent!.shipsTo! })
        guards = DocumentFacts.guards(index)
        var crossing: [ElementID: [Flow]] = [:]
        for flow in architecture.flows {
            let sourceGuards = Set((guards[flow.from] ?? []).map(\.id))
            for fw in guards[flow.to] ?? [] where !sourceGuards.contains(fw.id) { crossing[fw.id, default: []].append(flow) }
        }
        flowsCrossing = crossing
    }

    /// Host firewalls guard their host and everything on it; network firewalls guard what they
    /// protect: elements, the components of protected hosts, and everything in protected zones.
    private static func guards(_ index: ArchitectureIndex) -> [ElementID: [Component]] {
        let firewalls = index.components(ofKind: .firewall)
        let onHost = Dictionary(grouping: firewalls.filter { $0.spec.firewall?.scope == .host && $0.host != nil }, by: { $0.host! })
        let network = firewalls.filter { $0.spec.firewall?.scope == .network }
        let order = Dictionary(firewalls.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var result: [ElementID: [Component]] = [:]
        let elements = index.architecture.hosts.map { ($0.id, $0.id) } + index.architecture.components.map { ($0.id, $0.host) }
        for (id, host) in elements {
            let zone = index.zone(of: id)?.id
            let hostWalls = host.flatMap { onHost[$0] } ?? []
            let netWalls = network.filter { fw in fw.spec.firewall!.protects.contains { $0 == id || $0 == host || $0 == zone } }
            // Declaration order, whatever the scope.
            let walls = hostWalls + netWalls
            if !walls.isEmpty { result[id] = walls.sorted { order[$0.id, default: 0] < order[$1.id, default: 0] } }
        }
        return result
    }

    /// An element as the prose names it: its id in a code span.
    func ref(_ id: ElementID) -> String { MD.code(id.rawValue) }

    /// Several elements, as a natural-language list of references.
    func refs(_ ids: [ElementID]) -> String { MD.list(ids.map(ref)) }

    /// The host a component runs on, or nil for stand-alone components and hosts.
    func host(of id: ElementID) -> ElementID? { index.components[id]?.host }

    /// The zone's kind as a phrase, e.g. "the internet", "a DMZ".
    func zonePhrase(_ zone: Zone) -> String {
        switch zone.kind {
        case .internet: "the public internet"
        case .external: "a third party's network"
        case .dmz: "the DMZ"
        case .private: "a private network"
        }
    }

    /// Firewalls that see traffic arriving at `id`: firewalls on its host, and network firewalls that
    /// protect it, its host or its zone.
    func firewalls(guarding id: ElementID) -> [Component] { guards[id] ?? [] }

    /// Firewalls a flow actually crosses: not the ones already guarding its source as well
    /// (traffic inside one host or behind one network firewall does not pass it).
    func firewalls(crossedBy flow: Flow) -> [Component] {
        let sourceGuards = Set(firewalls(guarding: flow.from).map(\.id))
        return firewalls(guarding: flow.to).filter { !sourceGuards.contains($0.id) }
    }

    /// The zone's members as the prose lists them: its hosts, then its stand-alone components.
    func members(of zone: ElementID) -> [ElementID] {
        architecture.hosts.filter { $0.zone == zone }.map(\.id)
            + architecture.components.filter { $0.host == nil && $0.zone == zone }.map(\.id)
    }

    /// Monitoring agents running on a host.
    func agents(on host: ElementID) -> [Component] {
        (index.componentsByHost[host] ?? []).filter { $0.kind == .monitoringAgent }
    }

    /// Whether telemetry leaves the component: an agent on its host, or its own metrics/logs flow.
    func isMonitored(_ c: Component) -> Bool {
        if let host = c.host, !agents(on: host).isEmpty { return true }
        return outgoing(c.id).contains { $0.purpose == .metrics || $0.purpose == .logs }
    }

    /// True when both ends of a flow run on the same host (the bytes never touch the network).
    func staysOnHost(_ flow: Flow) -> Bool {
        guard let a = host(of: flow.from), let b = host(of: flow.to) else { return false }
        return a == b
    }

    /// Where the element runs, as a phrase: "on host `server-1` in zone `private`".
    func placement(of component: Component) -> String {
        var parts: [String] = []
        if let host = component.host { parts.append("on host \(ref(host))") }
        if let zone = index.zone(of: component.id) { parts.append("in zone \(ref(zone.id)) (\(zonePhrase(zone)))") }
        return parts.joined(separator: " ")
    }

    /// The incoming and outgoing flows of an element, in declaration order.
    func incoming(_ id: ElementID) -> [Flow] { index.incoming[id] ?? [] }
    func outgoing(_ id: ElementID) -> [Flow] { index.outgoing[id] ?? [] }

    /// Flows through the file system rather than the network.
    func isLocal(_ flow: Flow) -> Bool { flow.protocol.lowercased() == "file" }

    /// "http on port 80", "mysql on port 3306", "file".
    func transport(_ flow: Flow) -> String {
        MD.text(flow.protocol) + (flow.port.map { " on port \($0)" } ?? "")
    }
}
