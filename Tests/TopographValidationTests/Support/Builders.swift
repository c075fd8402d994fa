import TopographModel

@testable import TopographValidation

/// Terse constructors for test models, built straight from the model's initialisers.
extension Component {
    static func client(_ id: ElementID, zone: ElementID = "internet") -> Component {
        Component(id: id, spec: .client, zone: zone)
    }
    static func dns(_ id: ElementID, _ name: String, _ targets: [ElementID], value: String? = nil, zone: ElementID = "internet")
        -> Component
    {
        Component(id: id, spec: .dnsRecord(DNSRecordSpec(type: .a, name: name, targets: targets, value: value)), zone: zone)
    }
    static func lb(
        _ id: ElementID, zone: ElementID = "dmz", backends: [ElementID], mode: ClusterMode = .single, cluster: [ElementID] = [],
        tls: TLSEndpoint? = nil, ports: [Int] = [443], healthCheck: HealthCheck? = HealthCheck(path: "/health")
    ) -> Component {
        Component(
            id: id,
            spec: .loadBalancer(
                LoadBalancerSpec(algorithm: .roundRobin, mode: mode, cluster: cluster, backends: backends, healthCheck: healthCheck)),
            zone: zone, software: Software(product: "HAProxy", version: "2.8"), tls: tls, ports: ports)
    }
    static func web(_ id: ElementID, host: ElementID, ports: [Int] = [80], tls: TLSEndpoint? = nil) -> Component {
        Component(id: id, spec: .webServer, host: host, software: Software(product: "nginx", version: "1.24"), tls: tls, ports: ports)
    }
    static func app(_ id: ElementID, host: ElementID, ports: [Int] = [8000]) -> Component {
        Component(id: id, spec: .appServer, host: host, software: Software(product: "Gunicorn", version: "21.2"), ports: ports)
    }
    static func db(
        _ id: ElementID, host: ElementID?, role: DatabaseRole = .primary, from source: ElementID? = nil, readOnly: Bool? = nil,
        replication: ReplicationMode? = nil, failover: FailoverMode? = nil, zone: ElementID? = nil
    ) -> Component {
        Component(
            id: id,
            spec: .database(
                DatabaseSpec(
                    engine: "mysql", role: role, replicatesFrom: source, readOnly: readOnly, replication: replication, failover: failover)),
            host: host, zone: zone, software: Software(product: "MySQL", version: "8.0"), ports: [3306])
    }
    static func hostFirewall(_ id: ElementID, host: ElementID, _ rules: [FirewallRule], defaultIngress: FirewallPolicy = .deny) -> Component
    {
        Component(id: id, spec: .firewall(FirewallSpec(scope: .host, defaultIngress: defaultIngress, rules: rules)), host: host)
    }
    static func networkFirewall(_ id: ElementID, zone: ElementID = "dmz", protects: [ElementID], _ rules: [FirewallRule]) -> Component {
        Component(id: id, spec: .firewall(FirewallSpec(scope: .network, rules: rules, protects: protects)), zone: zone)
    }
    static func agent(_ id: ElementID, host: ElementID, shipsTo: ElementID? = "sumo") -> Component {
        Component(
            id: id, spec: .monitoringAgent(MonitoringAgentSpec(vendor: "Sumo Logic", collects: [.metrics, .logs], shipsTo: shipsTo)),
            host: host,
            software: Software(product: "Sumo Logic Collector", version: "19.4"))
    }
    static func platform(_ id: ElementID = "sumo", zone: ElementID = "saas") -> Component {
        Component(
            id: id, spec: .monitoringPlatform(MonitoringPlatformSpec(vendor: "Sumo Logic", saas: true)), zone: zone,
            software: Software(product: "Sumo Logic"))
    }
}

/// `allow ingress from peer tcp port`.
func allow(from peer: String?, _ ports: Int...) -> FirewallRule {
    FirewallRule(action: .allow, peer: peer, ports: ports.map { PortRange($0) })
}

func deny(from peer: String?, _ ports: Int...) -> FirewallRule {
    FirewallRule(action: .deny, peer: peer, ports: ports.map { PortRange($0) })
}

func flow(
    _ from: ElementID, _ to: ElementID, _ proto: String, _ port: Int? = nil, _ purpose: FlowPurpose = .request, encrypted: Bool? = nil
) -> Flow {
    Flow(from: from, to: to, protocol: proto, port: port, encrypted: encrypted, purpose: purpose)
}

let standardZones = [
    Zone(id: "internet", kind: .internet), Zone(id: "dmz", kind: .dmz), Zone(id: "private", kind: .private),
    Zone(id: "saas", kind: .external),
]

extension Architecture {
    /// Source locations for every element, one line each in declaration order, in `model.yaml`.
    func located() -> Architecture {
        var copy = self
        var line = 1
        var map = SourceMap()
        let ids = zones.map(\.id) + hosts.map(\.id) + components.map(\.id) + certificates.map(\.id) + flows.map(\.id)
        for id in ids where map[id] == nil {
            map[id] = SourceLocation(file: "model.yaml", line: line)
            line += 1
        }
        copy.sources = map
        return copy
    }

    /// A copy changed by `body`, with fresh source locations.
    func with(_ body: (inout Architecture) -> Void) -> Architecture {
        var copy = self
        body(&copy)
        return copy.located()
    }

    /// Edits the component with this id in place.
    mutating func update(_ id: ElementID, _ body: (inout Component) -> Void) {
        guard let i = components.firstIndex(where: { $0.id == id }) else { fatalError("no component \(id)") }
        body(&components[i])
    }

    mutating func removeComponents(_ ids: Set<ElementID>) { components.removeAll { ids.contains($0.id) } }
    mutating func removeFlows(_ ids: Set<ElementID>) { flows.removeAll { ids.contains($0.id) } }

    /// Replaces the flow with this id (keeping its position).
    mutating func updateFlow(_ id: ElementID, _ body: (inout Flow) -> Void) {
        guard let i = flows.firstIndex(where: { $0.id == id }) else { fatalError("no flow \(id)") }
        body(&flows[i])
    }
}

/// Runs one rule over a model, as the validator would.
func check(_ rule: some Rule, _ architecture: Architecture, today: String = "2026-01-01") -> [Finding] {
    rule.check(ValidationContext(architecture.located(), today: today))
}

/// `(ruleID, elements)` pairs, the shape reference tests compare.
func keys(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.ruleID) \($0.elements.map(\.rawValue).joined(separator: ","))" }.sorted()
}

/// Lets tests write `"web-\(n)"` where an id is expected.
extension ElementID: ExpressibleByStringInterpolation {}
