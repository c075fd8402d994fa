import TopographModel

/// The four reference models of models/ (notes/REFERENCE-MODELS.md), built with the model's
/// initialisers so these tests do not depend on the loaders.
enum ReferenceModels {
    static func securedAndMonitored() -> Architecture {
        var components: [Component] = [
            .client("user"),
            .dns("www-dns", "www.foobar.com", ["lb"]),
            Component(
                id: "edge-firewall",
                spec: .firewall(
                    FirewallSpec(
                        scope: .network, defaultIngress: .deny,
                        rules: [FirewallRule(action: .allow, peer: "internet", ports: [PortRange(443)])], protects: ["lb"])),
                zone: "dmz"),
            .lb(
                "lb", backends: ["web-1", "web-2", "web-3"], tls: TLSEndpoint(mode: .terminate, certificate: "www-cert", minVersion: "1.2"),
                ports: [443],
                healthCheck: HealthCheck(protocol: "http", path: "/health")),
            .platform(),
        ]
        var flows = [flow("user", "www-dns", "dns", 53, .dns), flow("user", "lb", "https", 443)]
        for n in 1...3 {
            let server = ElementID("server-\(n)")
            components += [
                .hostFirewall("fw-\(n)", host: server, [allow(from: "lb", 80), allow(from: "private", 3306)]),
                .web("web-\(n)", host: server, ports: [80, 443], tls: TLSEndpoint(mode: .terminate, certificate: "www-cert")),
                .app("app-\(n)", host: server),
                n == 1
                    ? .db("db-1", host: server, role: .primary)
                    : .db("db-\(n)", host: server, role: .replica, from: "db-1", readOnly: true, replication: .async),
                .agent("agent-\(n)", host: server),
            ]
            flows.append(flow("lb", "web-\(n)", "http", 80, encrypted: false))
        }
        for n in 1...3 { flows.append(flow("web-\(n)", "app-\(n)", "http", 8000)) }
        for n in 1...3 {
            flows.append(flow("app-\(n)", "db-1", "mysql", 3306, .write))
            flows.append(flow("app-\(n)", "db-\(n)", "mysql", 3306, .read))
        }
        flows += [flow("db-2", "db-1", "mysql", 3306, .replication), flow("db-3", "db-1", "mysql", 3306, .replication)]
        for n in 1...3 { flows.append(flow("agent-\(n)", "sumo", "https", 443, .metrics)) }
        return Architecture(
            name: "secured-and-monitored", domain: "www.foobar.com", zones: standardZones,
            hosts: (1...3).map { Host(id: ElementID("server-\($0)"), zone: "private") }, components: components,
            certificates: [Certificate(id: "www-cert", subject: "www.foobar.com", installedOn: ["lb", "web-1", "web-2", "web-3"])],
            flows: flows
        ).located()
    }

    static func simpleWebStack() -> Architecture {
        Architecture(
            name: "simple-web-stack", domain: "www.foobar.com",
            zones: [Zone(id: "internet", kind: .internet), Zone(id: "hosting", kind: .dmz)],
            hosts: [Host(id: "server", zone: "hosting")],
            components: [
                .client("user"), .dns("www-dns", "www.foobar.com", ["web"], value: "8.8.8.8"),
                .web("web", host: "server"), .app("app", host: "server"),
                Component(id: "code", spec: .generic(GenericSpec(role: "application code base")), host: "server"),
                .db("db", host: "server", role: .standalone),
            ],
            flows: [
                flow("user", "www-dns", "dns", 53, .dns), flow("user", "web", "http", 80), flow("web", "app", "http", 8000),
                flow("app", "code", "file", nil, .read), flow("app", "db", "mysql", 3306, .write), flow("app", "db", "mysql", 3306, .read),
            ]
        ).located()
    }

    static func distributed() -> Architecture {
        var components: [Component] = [
            .client("user"), .dns("www-dns", "www.foobar.com", ["lb"]),
            .lb("lb", backends: ["web-1", "web-2"], ports: [80], healthCheck: nil),
        ]
        var flows = [flow("user", "www-dns", "dns", 53, .dns), flow("user", "lb", "http", 80)]
        for n in 1...2 {
            let server = ElementID("server-\(n)")
            components += [
                .web("web-\(n)", host: server), .app("app-\(n)", host: server),
                n == 1
                    ? .db("db-1", host: server, role: .primary)
                    : .db("db-2", host: server, role: .replica, from: "db-1", readOnly: true, replication: .async),
            ]
            flows.append(flow("lb", "web-\(n)", "http", 80))
        }
        for n in 1...2 { flows.append(flow("web-\(n)", "app-\(n)", "http", 8000)) }
        for n in 1...2 {
            flows.append(flow("app-\(n)", "db-1", "mysql", 3306, .write))
            flows.append(flow("app-\(n)", "db-\(n)", "mysql", 3306, .read))
        }
        flows.append(flow("db-2", "db-1", "mysql", 3306, .replication))
        return Architecture(
            name: "distributed", domain: "www.foobar.com", zones: Array(standardZones.prefix(3)),
            hosts: (1...2).map { Host(id: ElementID("server-\($0)"), zone: "private") }, components: components, flows: flows
        ).located()
    }

    static func scaleUp() -> Architecture {
        let tls = TLSEndpoint(mode: .terminate, certificate: "www-cert", minVersion: "1.2")
        return Architecture(
            name: "scale-up", domain: "www.foobar.com", zones: Array(standardZones.prefix(3)),
            hosts: [
                Host(id: "web-server", zone: "private"), Host(id: "app-server", zone: "private"), Host(id: "db-server", zone: "private"),
            ],
            components: [
                .client("user"), .dns("www-dns", "www.foobar.com", ["lb-1", "lb-2"]),
                .lb("lb-1", backends: ["web"], mode: .activeActive, cluster: ["lb-2"], tls: tls, healthCheck: nil),
                .lb("lb-2", backends: ["web"], mode: .activeActive, cluster: ["lb-1"], tls: tls, healthCheck: nil),
                .web("web", host: "web-server"), .app("app", host: "app-server"), .db("db", host: "db-server", role: .primary),
            ],
            certificates: [Certificate(id: "www-cert", subject: "www.foobar.com", installedOn: ["lb-1", "lb-2"])],
            flows: [
                flow("user", "www-dns", "dns", 53, .dns), flow("user", "lb-1", "https", 443), flow("user", "lb-2", "https", 443),
                flow("lb-1", "web", "http", 80), flow("lb-2", "web", "http", 80), flow("web", "app", "http", 8000),
                flow("app", "db", "mysql", 3306, .write), flow("app", "db", "mysql", 3306, .read),
            ]
        ).located()
    }
}
