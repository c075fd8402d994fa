import TopographModel

/// `shopDesign()` written out as plain model values.
func expectedShop() -> Architecture {
    func app(_ n: Int) -> [Component] {
        var components = [
            Component(
                id: ElementID("app-\(n)"), spec: .appServer, host: ElementID("host-\(n)"),
                software: Software(product: "Gunicorn", version: "21.2"),
                tls: TLSEndpoint(mode: .passthrough), ports: [8000])
        ]
        if n == 1 { components.append(Component(id: "cache", spec: .cache(CacheSpec(engine: "redis")), host: "host-1", ports: [6379])) }
        components.append(
            Component(
                id: ElementID("agent-\(n)"),
                spec: .monitoringAgent(MonitoringAgentSpec(vendor: "Acme", collects: [.metrics, .logs], shipsTo: "mon")),
                host: ElementID("host-\(n)"), software: Software(product: "Acme Agent", version: "3")))
        let rule = FirewallRule(action: .allow, peer: "edge", ports: [PortRange(8000), PortRange(8001)])
        components.append(
            Component(id: ElementID("fw-\(n)"), spec: .firewall(FirewallSpec(scope: .host, rules: [rule])), host: ElementID("host-\(n)")))
        return components
    }
    let edgeRules = [
        FirewallRule(action: .allow, peer: "internet", ports: [PortRange(443)]),
        FirewallRule(action: .deny, peer: "10.0.0.0/8", ports: [PortRange(1, 1024)], transport: .udp),
        FirewallRule(action: .allow, direction: .egress, peer: "mon", ports: [PortRange(443)], description: "telemetry"),
    ]
    return Architecture(
        name: "shop", description: "A small shop.", domain: "shop.example",
        zones: [
            Zone(id: "internet", kind: .internet), Zone(id: "dmz", kind: .dmz), Zone(id: "private", kind: .private),
            Zone(id: "saas", kind: .external),
        ],
        hosts: [
            Host(id: "host-1", name: "Host 1", zone: "private"), Host(id: "host-2", name: "Host 2", zone: "private"),
            Host(id: "lonely", zone: "private"),
        ],
        components: [
            Component(id: "user", name: "Customer", spec: .client, zone: "internet"),
            Component(
                id: "dns", spec: .dnsRecord(DNSRecordSpec(type: .a, name: "shop.example", targets: ["edge"], ttl: 300)),
                zone: "internet"),
            Component(
                id: "edge-fw", spec: .firewall(FirewallSpec(scope: .network, rules: edgeRules, protects: ["edge"])),
                zone: "dmz"),
            Component(
                id: "edge",
                spec: .loadBalancer(
                    LoadBalancerSpec(
                        algorithm: .leastConnections, mode: .activePassive, backends: ["app-1", "app-2"],
                        healthCheck: HealthCheck(protocol: "tcp"))),
                zone: "dmz", software: Software(product: "HAProxy", version: "2.8"),
                tls: TLSEndpoint(mode: .reencrypt, certificate: "cert", minVersion: "1.3"), ports: [443]),
        ] + app(1) + app(2) + [
            Component(
                id: "db", spec: .database(DatabaseSpec(engine: "postgresql", role: .primary, failover: .manual)),
                host: "lonely"),
            Component(id: "mon", spec: .monitoringPlatform(MonitoringPlatformSpec(vendor: "Acme", saas: true)), zone: "saas"),
        ],
        certificates: [
            Certificate(
                id: "cert", subject: "shop.example", subjectAlternativeNames: ["*.shop.example"], issuer: "Let's Encrypt",
                expires: "2027-01-01", installedOn: ["edge"])
        ],
        flows: [
            Flow(from: "user", to: "edge", protocol: "https"),
            Flow(from: "app-1", to: "db", protocol: "postgresql", purpose: .write),
            Flow(from: "app-2", to: "db", protocol: "postgresql", purpose: .write),
            Flow(id: "cache-flow", from: "app-1", to: "cache", protocol: "redis", description: "sessions"),
        ],
        acceptedRisks: [
            AcceptedRisk(rule: "availability.single-database", element: "db", reason: "budget", expires: "2027-06-30"),
            AcceptedRisk(rule: "monitoring.missing-agent", reason: "pilot"),
        ])
}
