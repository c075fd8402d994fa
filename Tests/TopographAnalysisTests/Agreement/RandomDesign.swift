import PropertyBased
import TopographModel

/// Random but plausible web designs for the agreement property: clients and DNS, load balancers
/// (single, active-active, active-passive pairs), web, application and cache servers on shared or
/// separate hosts, replicated databases with every replication and failover mode, host and
/// network firewalls with random rules and defaults, TLS in every mode, monitoring by agents,
/// pushed telemetry and scraping, certificates on hosts or components, and accepted risks that
/// expired or still hold. Every draw goes through swift-property-based's generators and its
/// seeded Xoshiro, so a seed replays the same design.
struct RandomDesign {
    private var rng: Xoshiro
    private var components: [Component] = []
    private var flows: [Flow] = []
    private var hosts: [Host] = []

    init(seed: UInt64) { rng = Xoshiro(seed: (seed, 0x5EED, seed &* 31, 11)) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Gen.int(in: range).run(using: &rng) }
    mutating func chance(_ rate: Float) -> Bool { Gen.bool(rate).run(using: &rng) }
    mutating func pick<T: Sendable>(_ items: [T]) -> T { Gen.element(of: items).run(using: &rng)! }
    mutating func some<T: Sendable>(_ items: [T]) -> [T] { items.filter { _ in chance(0.5) } }

    mutating func architecture() -> Architecture {
        hosts = (1...int(1...4)).map { Host(id: ElementID("host-\($0)"), zone: "private") }
        components = [Component(id: "user", spec: .client, zone: "internet")]
        let entries = loadBalancers()
        let webs = servers("web", .webServer, count: int(1...3))
        let apps = servers("app", .appServer, count: int(0...2))
        let caches = servers("cache", .cache(CacheSpec(engine: "redis")), count: int(0...1))
        let databases = self.databases()
        wire(entries: entries, webs: webs, apps: apps, caches: caches, databases: databases)
        operatorAccess()
        monitoring()
        firewalls()
        let certificates = self.certificates()
        return Architecture(
            name: "random", domain: "shop.example.com",
            zones: [
                Zone(id: "internet", kind: .internet), Zone(id: "dmz", kind: .dmz), Zone(id: "private", kind: .private),
                Zone(id: "saas", kind: .external),
            ],
            hosts: hosts, components: components, certificates: certificates, flows: flows, acceptedRisks: acceptedRisks())
    }

    private mutating func tls() -> TLSEndpoint? {
        chance(0.4) ? nil : TLSEndpoint(mode: pick(TLSMode.allCases), certificate: chance(0.5) ? "shop-cert" : nil)
    }

    /// Entry load balancers (none: users hit the web servers), in the DMZ or on a host.
    private mutating func loadBalancers() -> [ElementID] {
        let count = int(0...2)
        guard count > 0 else { return [] }
        let ids = (1...count).map { ElementID("lb-\($0)") }
        let mode: ClusterMode = count == 1 ? .single : pick([.activeActive, .activePassive])
        for id in ids {
            let onHost = chance(0.25)
            let spec = LoadBalancerSpec(
                mode: mode, cluster: ids.filter { $0 != id },
                healthCheck: chance(0.5) ? HealthCheck(protocol: pick(["http", "https"]), path: "/health") : nil)
            components.append(
                Component(
                    id: id, spec: .loadBalancer(spec), host: onHost ? pick(hosts).id : nil, zone: onHost ? nil : "dmz",
                    tls: tls(), ports: [443]))
        }
        if chance(0.7) {
            let record = DNSRecordSpec(type: .a, name: "shop.example.com", targets: chance(0.5) ? ids : [ids[0]])
            components.append(Component(id: "dns", spec: .dnsRecord(record), zone: "internet"))
            flows.append(Flow(from: "user", to: "dns", protocol: "dns", port: 53, purpose: .dns))
        }
        return ids
    }

    private mutating func servers(_ prefix: String, _ spec: ComponentSpec, count: Int) -> [ElementID] {
        guard count > 0 else { return [] }
        return (1...count).map { n in
            let id = ElementID("\(prefix)-\(n)")
            let tls = spec.kind == .webServer ? self.tls() : nil
            components.append(Component(id: id, spec: spec, host: pick(hosts).id, tls: tls, ports: [8000 + n]))
            return id
        }
    }

    /// One replication group: a primary (or stand-alone node) and up to two replicas.
    private mutating func databases() -> [ElementID] {
        let replicas = int(0...2)
        let failover: FailoverMode? = chance(0.3) ? nil : pick(FailoverMode.allCases)
        let first = DatabaseSpec(engine: "postgresql", role: replicas == 0 ? pick([.standalone, .primary]) : .primary, failover: failover)
        components.append(Component(id: "db-1", spec: .database(first), host: pick(hosts).id, ports: [5432]))
        var ids: [ElementID] = ["db-1"]
        for n in stride(from: 2, through: replicas + 1, by: 1) {
            let id = ElementID("db-\(n)")
            let spec = DatabaseSpec(
                engine: "postgresql", role: .replica, replicatesFrom: "db-1", readOnly: chance(0.85),
                replication: pick(ReplicationMode.allCases))
            components.append(Component(id: id, spec: .database(spec), host: pick(hosts).id, ports: [5432]))
            flows.append(Flow(from: id, to: "db-1", protocol: "postgresql", port: 5432, encrypted: chance(0.5), purpose: .replication))
            ids.append(id)
        }
        return ids
    }

    private mutating func wire(entries: [ElementID], webs: [ElementID], apps: [ElementID], caches: [ElementID], databases: [ElementID]) {
        for entry in entries.isEmpty ? webs : entries {
            let encrypted = chance(0.7)
            flows.append(Flow(from: "user", to: entry, protocol: encrypted ? "https" : "http", port: encrypted ? 443 : 80))
        }
        for lb in entries {
            for web in webs {
                let encrypted = chance(0.4)
                flows.append(Flow(from: lb, to: web, protocol: encrypted ? "https" : "http", port: 8001, encrypted: encrypted))
                if chance(0.3) { flows.append(Flow(from: lb, to: web, protocol: "https", port: 443, purpose: .healthCheck)) }
            }
            components = components.map { c in
                guard c.id == lb, var spec = c.spec.loadBalancer else { return c }
                var c = c
                spec.backends = webs
                c.spec = .loadBalancer(spec)
                return c
            }
        }
        let callers = apps.isEmpty ? webs : apps
        for web in webs where !apps.isEmpty {
            flows.append(Flow(from: web, to: pick(apps), protocol: "http", port: 8001, encrypted: chance(0.3)))
        }
        for caller in callers {
            flows.append(Flow(from: caller, to: "db-1", protocol: "postgresql", port: 5432, encrypted: chance(0.4), purpose: .write))
            flows.append(
                Flow(from: caller, to: pick(databases), protocol: "postgresql", port: 5432, encrypted: chance(0.4), purpose: .read))
            for cache in caches { flows.append(Flow(from: caller, to: cache, protocol: "redis", port: 6379, purpose: .read)) }
        }
    }

    /// Sometimes an operator reaches a bastion over SSH: admin traffic, not a user entry point.
    private mutating func operatorAccess() {
        guard chance(0.4) else { return }
        components.append(Component(id: "operator", spec: .client, zone: "internet"))
        components.append(Component(id: "bastion", spec: .generic(GenericSpec(role: "SSH bastion")), zone: "dmz", ports: [22]))
        flows.append(Flow(from: "operator", to: "bastion", protocol: "ssh", port: 22, purpose: .admin))
    }

    /// Agents pushing to a platform, components pushing their own telemetry, the platform scraping.
    private mutating func monitoring() {
        guard chance(0.75) else { return }
        components.append(Component(id: "mon", spec: .monitoringPlatform(MonitoringPlatformSpec(vendor: "Prometheus")), zone: "saas"))
        for host in some(hosts.map(\.id)) {
            let agent = ElementID("agent-\(host)")
            components.append(
                Component(id: agent, spec: .monitoringAgent(MonitoringAgentSpec(collects: [.metrics, .logs], shipsTo: "mon")), host: host))
            flows.append(Flow(from: agent, to: "mon", protocol: "https", port: 443, purpose: .metrics))
        }
        let watchable = components.filter { [.loadBalancer, .webServer, .appServer, .database, .cache].contains($0.kind) }.map(\.id)
        for target in some(watchable).prefix(2) {
            flows.append(Flow(from: "mon", to: target, protocol: "http", port: 9100, purpose: .metrics))
        }
        for source in some(watchable).prefix(1) {
            flows.append(Flow(from: source, to: "mon", protocol: "https", port: 443, purpose: .logs))
        }
    }

    private mutating func firewalls() {
        // Only peers the design declares: a rule for an unknown peer is a model error.
        let declared = Set(components.map(\.id.rawValue) + hosts.map(\.id.rawValue) + ["internet", "dmz", "private"])
        let peers: [String?] = [nil, "internet", "dmz", "private", "0.0.0.0/0", "lb-1", "web-1", "app-1", "host-1"]
            .filter { $0 == nil || $0 == "0.0.0.0/0" || declared.contains($0!) }
        for (n, host) in some(hosts.map(\.id)).enumerated() {
            let spec = FirewallSpec(
                scope: .host, defaultIngress: pick([.allow, .deny]), defaultEgress: pick([.allow, .allow, .deny]),
                rules: rules(peers))
            components.append(Component(id: ElementID("hfw-\(n + 1)"), spec: .firewall(spec), host: host))
        }
        guard chance(0.5) else { return }
        let protectable = ["dmz", "private"] + hosts.map(\.id.rawValue) + components.filter { $0.kind == .loadBalancer }.map(\.id.rawValue)
        let spec = FirewallSpec(
            scope: .network, defaultIngress: pick([.allow, .deny]), defaultEgress: pick([.allow, .deny]), rules: rules(peers),
            protects: some(protectable).map { ElementID($0) })
        components.append(Component(id: "edge-fw", spec: .firewall(spec), zone: "dmz"))
    }

    private mutating func rules(_ peers: [String?]) -> [FirewallRule] {
        (0..<int(0...4)).map { _ in
            FirewallRule(
                action: pick([.allow, .allow, .deny]), direction: pick([.ingress, .ingress, .egress]), peer: pick(peers),
                ports: chance(0.3) ? [] : [PortRange(pick([22, 80, 443, 5432, 6379, 8001, 8002, 9100]))],
                transport: pick([.tcp, .tcp, .any, .udp]))
        }
    }

    private mutating func certificates() -> [Certificate] {
        guard chance(0.7) else { return [] }
        let places = hosts.map(\.id) + components.filter { $0.tls != nil }.map(\.id)
        return [
            Certificate(
                id: "shop-cert", subject: pick(["shop.example.com", "*.example.com", "other.example.org"]),
                expires: pick(["2025-01-01", "2027-01-01"]), installedOn: some(places))
        ]
    }

    /// Risks accepted until before or after the validation date, or for good.
    private mutating func acceptedRisks() -> [AcceptedRisk] {
        let rules = [
            "availability.single-instance-tier", "availability.single-point-of-failure", "data.single-write-node", "data.no-replica",
            "monitoring.host-without-agent", "monitoring.no-monitoring", "firewall.unprotected-host", "firewall.no-firewall",
            "tls.plaintext-after-termination", "tls.public-entry-without-tls",
        ]
        let elements = components.map(\.id) + hosts.map(\.id)
        return (0..<int(0...3)).map { _ in
            AcceptedRisk(
                rule: pick(rules), element: chance(0.8) ? pick(elements) : nil, reason: "accepted for the test",
                expires: pick([nil, "2020-01-01", "2099-01-01"]))
        }
    }
}
