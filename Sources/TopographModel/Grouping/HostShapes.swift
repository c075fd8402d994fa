/// Per-host views of a model built once, so each host's signature costs only its own size.
struct HostShapes {
    let architecture: Architecture
    /// Indices into `architecture.components`, per host, in declaration order.
    let componentsByHost: [ElementID: [Int]]
    /// Indices into `architecture.flows` touching each element id.
    let flowsByEndpoint: [ElementID: [Int]]

    init(_ architecture: Architecture) {
        self.architecture = architecture
        var byHost: [ElementID: [Int]] = [:]
        for (index, component) in architecture.components.enumerated() {
            if let host = component.host { byHost[host, default: []].append(index) }
        }
        var byEndpoint: [ElementID: [Int]] = [:]
        for (index, flow) in architecture.flows.enumerated() {
            byEndpoint[flow.from, default: []].append(index)
            if flow.to != flow.from { byEndpoint[flow.to, default: []].append(index) }
        }
        componentsByHost = byHost
        flowsByEndpoint = byEndpoint
    }

    /// The components of a host, in declaration order.
    func components(of host: ElementID) -> [Component] {
        (componentsByHost[host] ?? []).map { architecture.components[$0] }
    }

    /// Host-local ids mapped to positions: the host itself is `#host`, its components `#0`, `#1`...
    func localPositions(of host: ElementID) -> [ElementID: ElementID] {
        var local: [ElementID: ElementID] = [host: "#host"]
        for (position, component) in components(of: host).enumerated() { local[component.id] = ElementID("#\(position)") }
        return local
    }

    /// What the host is, independent of its own ids and names.
    func signature(of host: Host) -> HostSignature {
        let local = localPositions(of: host.id)
        let relabel: (ElementID) -> ElementID = { local[$0] ?? $0 }
        let components = components(of: host.id).map { component -> Component in
            var shape = component
            shape.id = relabel(component.id)
            shape.name = nil
            shape.description = nil
            shape.host = nil
            shape.spec = component.spec.mappingIDs(relabel)
            if let certificate = component.tls?.certificate { shape.tls?.certificate = relabel(certificate) }
            return shape
        }
        var seen = Set<Int>()
        var flows: [FlowShape] = []
        for element in local.keys {
            for index in flowsByEndpoint[element] ?? [] where seen.insert(index).inserted {
                let flow = architecture.flows[index]
                flows.append(
                    FlowShape(
                        from: relabel(flow.from).rawValue, to: relabel(flow.to).rawValue, proto: flow.protocol,
                        port: flow.port ?? -1, encrypted: flow.encrypted, purpose: flow.purpose.rawValue))
            }
        }
        return HostSignature(zone: host.zone, components: components, flows: flows.sorted())
    }
}

extension ComponentSpec {
    /// The same configuration with every element reference passed through `transform`; lists drop
    /// the duplicates the mapping creates (two backends folded into one are one backend).
    func mappingIDs(_ transform: (ElementID) -> ElementID) -> ComponentSpec {
        switch self {
        case .client, .webServer, .appServer, .cache, .monitoringPlatform, .generic, .bastion, .vpnGateway, .waf,
            .messageQueue, .objectStorage:
            return self
        case .dnsRecord(var s):
            s.targets = s.targets.map(transform).uniqued()
            return .dnsRecord(s)
        case .firewall(var s):
            s.protects = s.protects.map(transform).uniqued()
            s.rules = s.rules.map { rule in
                var rule = rule
                rule.peer = rule.peer.map { transform(ElementID($0)).rawValue }
                return rule
            }.uniqued()
            return .firewall(s)
        case .loadBalancer(var s):
            s.backends = s.backends.map(transform).uniqued()
            s.cluster = s.cluster.map(transform).uniqued()
            s.routing = s.routing.map {
                ReadWriteRouting(writes: $0.writes.map(transform).uniqued(), reads: $0.reads.map(transform).uniqued())
            }
            return .loadBalancer(s)
        case .database(var s):
            s.replicatesFrom = s.replicatesFrom.map(transform)
            return .database(s)
        case .monitoringAgent(var s):
            s.shipsTo = s.shipsTo.map(transform)
            s.scrapedBy = s.scrapedBy.map(transform)
            return .monitoringAgent(s)
        case .virtualIP(var s):
            s.members = s.members.map(transform).uniqued()
            return .virtualIP(s)
        case .cdn(var s):
            s.origins = s.origins.map(transform).uniqued()
            return .cdn(s)
        }
    }
}
