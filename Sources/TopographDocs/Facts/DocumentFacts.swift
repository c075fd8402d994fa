import TopographModel

/// What the document says about a model, derived once: who guards what, who monitors what, where
/// TLS ends. Everything here is computed from the model, never written per reference model.
struct DocumentFacts {
    let index: ArchitectureIndex
    var architecture: Architecture { index.architecture }

    init(_ architecture: Architecture) { index = ArchitectureIndex(architecture) }

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
    func firewalls(guarding id: ElementID) -> [Component] {
        let host = index.hosts[id] != nil ? id : host(of: id)
        let zone = index.zone(of: id)?.id
        return index.components(ofKind: .firewall).filter { fw in
            guard let spec = fw.spec.firewall else { return false }
            switch spec.scope {
            case .host: return host != nil && fw.host == host
            case .network:
                return spec.protects.contains { $0 == id || $0 == host || $0 == zone }
            }
        }
    }

    /// Firewalls a flow actually crosses: not the ones already guarding its source as well
    /// (traffic inside one host or behind one network firewall does not pass it).
    func firewalls(crossedBy flow: Flow) -> [Component] {
        let sourceGuards = Set(firewalls(guarding: flow.from).map(\.id))
        return firewalls(guarding: flow.to).filter { !sourceGuards.contains($0.id) }
    }

    /// Monitoring agents running on a host.
    func agents(on host: ElementID) -> [Component] {
        (index.componentsByHost[host] ?? []).filter { $0.kind == .monitoringAgent }
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

    /// The components that forward to `id` through a load balancer pool.
    func loadBalancers(forwardingTo id: ElementID) -> [Component] {
        index.components(ofKind: .loadBalancer).filter { $0.spec.loadBalancer?.backends.contains(id) == true }
    }

    /// Flows through the file system rather than the network.
    func isLocal(_ flow: Flow) -> Bool { flow.protocol.lowercased() == "file" }

    /// "http on port 80", "mysql on port 3306", "file".
    func transport(_ flow: Flow) -> String {
        MD.text(flow.protocol) + (flow.port.map { " on port \($0)" } ?? "")
    }
}
