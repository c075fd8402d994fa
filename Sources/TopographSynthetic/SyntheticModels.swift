import TopographModel

/// Models of any size for tests and benchmarks, built from the reference designs.
public enum SyntheticModels {
    /// The secured-and-monitored reference design scaled to `servers` hosts (at least 1).
    ///
    /// Server 1 holds the MySQL primary; every other server holds a replica of it. With 3 servers
    /// this is the reference model `models/secured-and-monitored`. Element count grows as 12N + 11.
    public static func securedAndMonitored(servers: Int) -> Architecture {
        let n = max(1, servers)
        let range = 1...n
        // Declaration order follows the reference model: stand-alone components, then server by server.
        let components =
            SecuredAndMonitored.front(servers: n) + [SecuredAndMonitored.platform]
            + range.flatMap(SecuredAndMonitored.serverComponents)
        return Architecture(
            name: SecuredAndMonitored.name(servers: n),
            description: SecuredAndMonitored.description(servers: n),
            domain: SecuredAndMonitored.domain,
            zones: SecuredAndMonitored.zones,
            hosts: range.map { Host(id: ElementID("server-\($0)"), zone: "private") },
            components: components,
            certificates: [SecuredAndMonitored.certificate(servers: n)],
            flows: SecuredAndMonitored.flows(servers: n)
        )
    }

    /// How many elements (zones, hosts, components, certificates, flows) a model has.
    public static func elementCount(_ architecture: Architecture) -> Int {
        architecture.zones.count + architecture.hosts.count + architecture.components.count
            + architecture.certificates.count + architecture.flows.count
    }

    /// The server count whose secured-and-monitored model has about `elements` elements.
    public static func servers(forElements elements: Int) -> Int { max(1, (elements - 11) / 12) }
}

/// The pieces of the secured-and-monitored pattern, shared by the model and its text writers.
enum SecuredAndMonitored {
    static let domain = "www.foobar.com"

    static func name(servers n: Int) -> String { n == 3 ? "secured-and-monitored" : "secured-and-monitored-\(n)" }

    static func description(servers n: Int) -> String {
        let count = n == 3 ? "Three" : "\(n)"
        return "\(count)-server web infrastructure for www.foobar.com, secured by firewalls, served over HTTPS, "
            + "and monitored."
    }

    static let zones = [
        Zone(id: "internet", kind: .internet), Zone(id: "dmz", kind: .dmz),
        Zone(id: "private", kind: .private), Zone(id: "saas", kind: .external),
    ]

    static func certificate(servers n: Int) -> Certificate {
        Certificate(id: "www-cert", subject: domain, installedOn: ["lb"] + (1...n).map { ElementID("web-\($0)") })
    }

    /// The stand-alone components in front of the servers: user, DNS, edge firewall, load balancer.
    static func front(servers n: Int) -> [Component] {
        let edge = FirewallSpec(
            scope: .network, defaultIngress: .deny,
            rules: [FirewallRule(action: .allow, direction: .ingress, peer: "internet", ports: [PortRange(443)])],
            protects: ["lb"])
        let balancer = LoadBalancerSpec(
            algorithm: .roundRobin, mode: .single, backends: (1...n).map { ElementID("web-\($0)") },
            healthCheck: HealthCheck(protocol: "http", path: "/health"))
        return [
            Component(id: "user", name: "User's browser", spec: .client, zone: "internet"),
            Component(
                id: "www-dns", spec: .dnsRecord(DNSRecordSpec(type: .a, name: domain, targets: ["lb"])),
                zone: "internet"),
            Component(id: "edge-firewall", spec: .firewall(edge), zone: "dmz"),
            Component(
                id: "lb", spec: .loadBalancer(balancer), zone: "dmz", software: Software(product: "HAProxy", version: "2.8"),
                tls: TLSEndpoint(mode: .terminate, certificate: "www-cert", minVersion: "1.2"), ports: [443]),
        ]
    }

    /// The SaaS monitoring platform every agent ships to.
    static let platform = Component(
        id: "sumo", spec: .monitoringPlatform(MonitoringPlatformSpec(vendor: "Sumo Logic", saas: true)),
        zone: "saas", software: Software(product: "Sumo Logic"))

    /// The five components of server `i`: host firewall, web, app, database, monitoring agent.
    static func serverComponents(_ i: Int) -> [Component] {
        let host = ElementID("server-\(i)")
        let firewall = FirewallSpec(
            scope: .host, defaultIngress: .deny,
            rules: [
                FirewallRule(action: .allow, direction: .ingress, peer: "lb", ports: [PortRange(80)]),
                // Replication and application reads across servers.
                FirewallRule(action: .allow, direction: .ingress, peer: "private", ports: [PortRange(3306)]),
            ])
        let database =
            i == 1
            ? DatabaseSpec(engine: "mysql", role: .primary)
            : DatabaseSpec(engine: "mysql", role: .replica, replicatesFrom: "db-1", readOnly: true, replication: .async)
        let agent = MonitoringAgentSpec(vendor: "Sumo Logic", collects: [.metrics, .logs], shipsTo: "sumo")
        return [
            Component(id: ElementID("fw-\(i)"), spec: .firewall(firewall), host: host),
            Component(
                id: ElementID("web-\(i)"), spec: .webServer, host: host, software: Software(product: "nginx", version: "1.24"),
                tls: TLSEndpoint(mode: .terminate, certificate: "www-cert"), ports: [80, 443]),
            Component(
                id: ElementID("app-\(i)"), spec: .appServer, host: host, software: Software(product: "Gunicorn", version: "21.2"),
                ports: [8000]),
            Component(
                id: ElementID("db-\(i)"), spec: .database(database), host: host, software: Software(product: "MySQL", version: "8.0"),
                ports: [3306]),
            Component(
                id: ElementID("agent-\(i)"), spec: .monitoringAgent(agent), host: host,
                software: Software(product: "Sumo Logic Collector", version: "19.4")),
        ]
    }

    /// Every flow, grouped by kind as the reference model declares them.
    static func flows(servers n: Int) -> [Flow] {
        let range = 1...n
        var flows = [
            Flow(from: "user", to: "www-dns", protocol: "dns", port: 53, purpose: .dns),
            Flow(from: "user", to: "lb", protocol: "https", port: 443),
        ]
        flows += range.map { Flow(from: "lb", to: ElementID("web-\($0)"), protocol: "http", port: 80, encrypted: false) }
        flows += range.map { Flow(from: ElementID("web-\($0)"), to: ElementID("app-\($0)"), protocol: "http", port: 8000) }
        flows += range.map {
            Flow(from: ElementID("app-\($0)"), to: "db-1", protocol: "mysql", port: 3306, purpose: .write)
        }
        flows += range.map {
            Flow(from: ElementID("app-\($0)"), to: ElementID("db-\($0)"), protocol: "mysql", port: 3306, purpose: .read)
        }
        flows += range.dropFirst().map {
            Flow(from: ElementID("db-\($0)"), to: "db-1", protocol: "mysql", port: 3306, purpose: .replication)
        }
        flows += range.map {
            Flow(from: ElementID("agent-\($0)"), to: "sumo", protocol: "https", port: 443, purpose: .metrics)
        }
        return flows
    }
}
