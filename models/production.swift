// A production design as a careful team builds it: an HAProxy pair holding one virtual IP
// (keepalived/VRRP), four application servers, PostgreSQL with a synchronous standby and
// automatic failover (Patroni) behind a failover address, Redis, operators through a VPN and a
// bastion, Prometheus scraping node_exporter, spread over two availability zones.
// Its one known gap is the single Redis node. Load it with `topograph dump models/production.swift`.
import TopographDSL

let apps = 1...4
/// Every server but the bastion, in declaration order: the bastion administers them all.
let managed = [
    "lb-host-1", "lb-host-2", "app-host-1", "app-host-2", "app-host-3", "app-host-4", "db-host-1", "db-host-2",
    "cache-host", "monitoring-host",
]
/// Every server Prometheus scrapes (all of them).
let scraped = Array(managed.prefix(9)) + ["bastion-host", "monitoring-host"]

/// The exporter on a host, named after it: `node-exporter-lb-1` on `lb-host-1`.
func exporter(_ host: String) -> String { "node-exporter-" + host.split(separator: "-").filter { $0 != "host" }.joined(separator: "-") }

/// A server in its availability zone and rack, with a default-deny firewall admitting `allow`
/// plus SSH from the bastion and scrapes from Prometheus, its components, and node_exporter.
func server(
    _ id: String, zone: String, address: String, az: String, rack: String, firewall: String,
    allow: [(peer: String, port: Int)], admin: Bool = true, @ServerBuilder _ body: () -> [any ServerContent]
) -> Server {
    Server(id, zone: zone, addresses: [address], availabilityZone: az, rack: rack) {
        Firewall(firewall, defaultIngress: .deny) {
            for rule in allow { Allow(from: rule.peer, port: rule.port) }
            if admin { Allow(from: "bastion", port: 22) }
            Allow(from: "prometheus", port: 9100)
        }
        body()
        MonitoringAgent(
            exporter(id), vendor: "Prometheus", software: "node_exporter 1.8", collects: [.metrics], scrapedBy: "prometheus",
            ports: [9100])
    }
}

let architecture = Architecture(
    "production",
    description: """
        Nine-server production infrastructure for shop.example.com: HAProxy active-passive pair behind a virtual IP, \
        four application servers, PostgreSQL with automatic failover, Redis, a bastion behind a VPN and Prometheus, \
        over two availability zones.
        """,
    domain: "shop.example.com"
) {
    Zone("internet", .internet) {
        Client("user", name: "Customer's browser")
        DNSRecord("shop-dns", .a, "shop.example.com", pointsTo: ["www-vip"])
    }
    // WireGuard clients get addresses from this range: the bastion admits only it.
    Zone("vpn", .external, networks: ["10.8.0.0/24"]) {
        Client("operator", name: "Operator's laptop")
    }
    Zone("dmz", .dmz, networks: ["10.0.0.0/24"], region: "eu-central-1") {
        VirtualIP(
            "www-vip", members: ["lb-1", "lb-2"], mode: .activePassive, address: "10.0.0.10", mechanism: "keepalived (VRRP)",
            ports: [443])
        // Only WireGuard reaches the VPN gateway (UDP 51820, from anywhere: the operators roam).
        Firewall("edge-fw", protects: ["vpn-gw"], defaultIngress: .deny) {
            Allow(from: "any", port: 51820, transport: .udp)
        }
        VPNGateway("vpn-gw", software: "WireGuard", clientNetwork: "10.8.0.0/24", ports: [51820])
    }
    Zone("private", .private, networks: ["10.0.1.0/24"], region: "eu-central-1") {
        VirtualIP(
            "pg-vip", members: ["pg-1", "pg-2"], mode: .activePassive, address: "10.0.1.50", mechanism: "Patroni + vip-manager",
            ports: [5432])
    }

    for (n, az, rack) in [(1, "eu-central-1a", "a1"), (2, "eu-central-1b", "b1")] {
        // HAProxy pair: keepalived moves www-vip to the standby when the active one fails.
        server("lb-host-\(n)", zone: "dmz", address: "10.0.0.1\(n)", az: az, rack: rack, firewall: "lb-fw-\(n)", allow: [("internet", 443)]) {
            LoadBalancer(
                "lb-\(n)", software: "HAProxy 2.8", mode: .activePassive, cluster: ["lb-\(3 - n)"], algorithm: .leastConnections,
                backends: apps.map { "app-\($0)" }, healthCheck: .https("/health", every: 2),
                tls: .reencrypt("shop-cert", minVersion: "1.2"), ports: [443])
        }
    }
    for n in apps {
        let (az, rack) = n <= 2 ? ("eu-central-1a", "a\(1 + n % 2)") : ("eu-central-1b", "b\(1 + n % 2)")
        server(
            "app-host-\(n)", zone: "private", address: "10.0.1.2\(n)", az: az, rack: rack, firewall: "app-fw-\(n)",
            allow: [("lb-1", 8443), ("lb-2", 8443)]
        ) {
            AppServer("app-\(n)", software: "Puma 6.4", ports: [8443], tls: .terminate("app-\(n)-cert", minVersion: "1.2"))
        }
    }
    for (n, az, rack) in [(1, "eu-central-1a", "a2"), (2, "eu-central-1b", "b2")] {
        server("db-host-\(n)", zone: "private", address: "10.0.1.3\(n)", az: az, rack: rack, firewall: "db-fw-\(n)", allow: [("private", 5432)]) {
            if n == 1 {
                Database("pg-1", software: "PostgreSQL 16", engine: "postgresql", role: .primary, failover: .automatic, ports: [5432])
            } else {
                // Synchronous standby: a commit waits for it, so a failover loses nothing.
                Database(
                    "pg-2", software: "PostgreSQL 16", engine: "postgresql", role: .replica, replicatesFrom: "pg-1", readOnly: true,
                    replication: .sync, ports: [5432])
            }
        }
    }
    server("cache-host", zone: "private", address: "10.0.1.40", az: "eu-central-1a", rack: "a1", firewall: "cache-fw", allow: [("private", 6379)]) {
        // One Redis node: sessions and carts live here.
        Cache("redis", software: "Redis 7.2", engine: "redis", ports: [6379])
    }
    // Operators reach every server through here, and only from the VPN range.
    server(
        "bastion-host", zone: "dmz", address: "10.0.0.20", az: "eu-central-1a", rack: "a1", firewall: "bastion-fw",
        allow: [("10.8.0.0/24", 22)], admin: false
    ) {
        Bastion("bastion", software: "OpenSSH 9.6", ports: [22])
    }
    server(
        "monitoring-host", zone: "private", address: "10.0.1.60", az: "eu-central-1b", rack: "b1", firewall: "monitoring-fw",
        allow: [("10.8.0.0/24", 9090)]
    ) {
        MonitoringPlatform("prometheus", vendor: "Prometheus", software: "Prometheus 2.53", ports: [9090])
    }

    Certificate("shop-cert", subject: "shop.example.com", expires: "2027-03-01", installedOn: ["lb-1", "lb-2"])
    for n in apps {
        Certificate("app-\(n)-cert", subject: "app-\(n).internal.example.com", expires: "2027-03-01", installedOn: ["app-\(n)"])
    }

    Flow("user", to: "shop-dns", .dns, port: 53, purpose: .dns)
    // The address keepalived moves: the active HAProxy terminates TLS and re-encrypts to the apps.
    Flow("user", to: "www-vip", .https, port: 443)
    Flows(from: ["lb-1", "lb-2"], to: apps.map { "app-\($0)" }, .https, port: 8443)
    Flows(from: apps.map { "app-\($0)" }, to: ["pg-vip"], .postgresqlTLS, port: 5432, purpose: .write)
    Flows(from: apps.map { "app-\($0)" }, to: ["pg-vip"], .postgresqlTLS, port: 5432, purpose: .read)
    Flows(from: apps.map { "app-\($0)" }, to: ["redis"], .redisTLS, port: 6379)
    Flow("pg-2", to: "pg-1", .postgresqlTLS, port: 5432, purpose: .replication)
    // Pull monitoring: Prometheus opens the connection to every exporter.
    Flows(from: ["prometheus"], to: scraped.map(exporter), .https, port: 9100, purpose: .metrics)
    // Operators: WireGuard into the VPN, SSH to the bastion, and from there to the servers.
    Flow("operator", to: "vpn-gw", .wireguard, port: 51820, purpose: .admin)
    Flow("operator", to: "bastion", .ssh, port: 22, purpose: .admin)
    // Dashboards over the VPN.
    Flow("operator", to: "prometheus", .https, port: 9090, purpose: .admin)
    Flows(from: ["bastion"], to: managed, .ssh, port: 22, purpose: .admin)
}
