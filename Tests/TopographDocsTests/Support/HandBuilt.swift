import TopographModel

/// A hand-built copy of the secured-and-monitored reference model, plus hand-made findings and rules:
/// the docs are tested on these independently of the loader and the validator.
enum HandBuilt {
    static func securedAndMonitored() -> Architecture {
        var components: [Component] = [
            Component(id: "user", name: "User's browser", spec: .client, zone: "internet"),
            Component(id: "www-dns", spec: .dnsRecord(DNSRecordSpec(type: .a, name: "www.foobar.com", targets: ["lb"])), zone: "internet"),
            Component(
                id: "edge-firewall",
                spec: .firewall(
                    FirewallSpec(
                        scope: .network, defaultIngress: .deny,
                        rules: [FirewallRule(action: .allow, peer: "internet", ports: [PortRange(443)])], protects: ["lb"])), zone: "dmz"),
            Component(
                id: "lb",
                spec: .loadBalancer(
                    LoadBalancerSpec(
                        algorithm: .roundRobin, mode: .single, backends: ["web-1", "web-2", "web-3"],
                        healthCheck: HealthCheck(protocol: "http", path: "/health"))),
                zone: "dmz", software: Software(product: "HAProxy", version: "2.8"),
                tls: TLSEndpoint(mode: .terminate, certificate: "www-cert", minVersion: "1.2"), ports: [443]),
            Component(
                id: "sumo", spec: .monitoringPlatform(MonitoringPlatformSpec(vendor: "Sumo Logic", saas: true)),
                zone: "saas", software: Software(product: "Sumo Logic")),
        ]
        var flows = [
            Flow(from: "user", to: "www-dns", protocol: "dns", port: 53, purpose: .dns),
            Flow(from: "user", to: "lb", protocol: "https", port: 443),
        ]
        for n in 1...3 {
            let host = ElementID("server-\(n)")
            components += [
                Component(
                    id: ElementID("fw-\(n)"),
                    spec: .firewall(
                        FirewallSpec(
                            scope: .host, defaultIngress: .deny,
                            rules: [
                                FirewallRule(action: .allow, peer: "lb", ports: [PortRange(80)]),
                                FirewallRule(action: .allow, peer: "private", ports: [PortRange(3306)]),
                            ])), host: host),
                Component(
                    id: ElementID("web-\(n)"), spec: .webServer, host: host, software: Software(product: "nginx", version: "1.24"),
                    tls: TLSEndpoint(mode: .terminate, certificate: "www-cert"), ports: [80, 443]),
                Component(
                    id: ElementID("app-\(n)"), spec: .appServer, host: host, software: Software(product: "Gunicorn 21.2"), ports: [8000]),
                Component(
                    id: ElementID("db-\(n)"),
                    spec: .database(
                        n == 1
                            ? DatabaseSpec(engine: "mysql", role: .primary)
                            : DatabaseSpec(engine: "mysql", role: .replica, replicatesFrom: "db-1", readOnly: true, replication: .async)),
                    host: host, software: Software(product: "MySQL", version: "8.0"), ports: [3306]),
                Component(
                    id: ElementID("agent-\(n)"),
                    spec: .monitoringAgent(MonitoringAgentSpec(vendor: "Sumo Logic", collects: [.metrics, .logs], shipsTo: "sumo")),
                    host: host, software: Software(product: "Sumo Logic Collector", version: "19.4")),
            ]
            flows.append(Flow(from: "lb", to: ElementID("web-\(n)"), protocol: "http", port: 80, encrypted: false))
        }
        for n in 1...3 { flows.append(Flow(from: ElementID("web-\(n)"), to: ElementID("app-\(n)"), protocol: "http", port: 8000)) }
        for n in 1...3 {
            flows.append(Flow(from: ElementID("app-\(n)"), to: "db-1", protocol: "mysql", port: 3306, purpose: .write))
            flows.append(Flow(from: ElementID("app-\(n)"), to: ElementID("db-\(n)"), protocol: "mysql", port: 3306, purpose: .read))
        }
        for n in 2...3 { flows.append(Flow(from: ElementID("db-\(n)"), to: "db-1", protocol: "mysql", port: 3306, purpose: .replication)) }
        for n in 1...3 { flows.append(Flow(from: ElementID("agent-\(n)"), to: "sumo", protocol: "https", port: 443, purpose: .metrics)) }
        return Architecture(
            name: "secured-and-monitored",
            description: "Three-server web infrastructure for www.foobar.com, secured by firewalls, served over HTTPS, and monitored.",
            domain: "www.foobar.com",
            zones: [
                Zone(id: "internet", kind: .internet), Zone(id: "dmz", kind: .dmz), Zone(id: "private", kind: .private),
                Zone(id: "saas", kind: .external),
            ],
            hosts: (1...3).map { Host(id: ElementID("server-\($0)"), zone: "private") },
            components: components,
            certificates: [Certificate(id: "www-cert", subject: "www.foobar.com", installedOn: ["lb", "web-1", "web-2", "web-3"])],
            flows: flows,
            acceptedRisks: [
                AcceptedRisk(
                    rule: "availability.single-load-balancer", element: "lb", reason: "A second HAProxy is budgeted for Q3.",
                    expires: "2027-06-30")
            ]
        )
    }

    static let catalogue: [RuleDescriptor] = [
        RuleDescriptor(
            id: "tls.plaintext-after-termination", category: "tls", defaultSeverity: .error,
            title: "Traffic travels in plaintext after TLS termination",
            rationale: "Anyone on the internal network can read or alter requests, including session cookies and credentials.",
            recommendation: "Re-encrypt from the load balancer to the backends, pass TLS through to them, or use mutual TLS inside."),
        RuleDescriptor(
            id: "availability.single-load-balancer", category: "availability", defaultSeverity: .warning,
            title: "A single load balancer is a single point of failure",
            rationale: "When it fails, the whole site is down although every backend is healthy.",
            recommendation: "Run a second load balancer in an active-active or active-passive cluster."),
        RuleDescriptor(
            id: "data.single-write-node", category: "data", defaultSeverity: .warning,
            title: "Only one database node accepts writes",
            rationale: "When the primary fails, writes stop until a replica is promoted.",
            recommendation: "Automate failover to a replica, or run a multi-primary cluster."),
    ]

    static let findings: [Finding] = [
        Finding(
            ruleID: "tls.plaintext-after-termination", severity: .error, message: "lb forwards decrypted traffic to web-1 over http",
            elements: ["lb", "web-1"], evidence: ["user -> lb (https, encrypted)", "lb -> web-1 (http, plaintext)"],
            recommendation: "Re-encrypt lb -> web-1 (web-1 already holds www-cert)."),
        Finding(
            ruleID: "tls.plaintext-after-termination", severity: .error, message: "lb forwards decrypted traffic to web-2 over http",
            elements: ["lb", "web-2"], evidence: ["user -> lb (https, encrypted)", "lb -> web-2 (http, plaintext)"],
            recommendation: "Re-encrypt lb -> web-2 (web-2 already holds www-cert)."),
        Finding(
            ruleID: "data.single-write-node", severity: .warning, message: "db-1 is the only node accepting writes",
            elements: ["db-1"], evidence: ["app-1 -> db-1 (write)", "app-2 -> db-1 (write)"],
            recommendation: "Automate failover to a replica, or run a multi-primary cluster."),
        Finding(
            ruleID: "availability.single-load-balancer", severity: .warning, message: "lb is the only load balancer",
            elements: ["lb"], recommendation: "Add a second load balancer.",
            acceptance: Acceptance(
                risk: AcceptedRisk(
                    rule: "availability.single-load-balancer", element: "lb",
                    reason: "A second HAProxy is budgeted for Q3.", expires: "2027-06-30"), isExpired: false)),
    ]
}
