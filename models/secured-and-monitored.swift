// Three-server web infrastructure for www.foobar.com: firewalls, HTTPS at the load balancer,
// primary-replica MySQL, and monitoring shipped to Sumo Logic. Load it with
// `topograph dump models/secured-and-monitored.swift`.
import TopographDSL

let servers = 1...3

/// One of the three identical servers: its firewall, the web/app/database stack, and a monitoring agent.
func server(_ n: Int) -> Server {
    Server("server-\(n)", zone: "private") {
        Firewall("fw-\(n)", defaultIngress: .deny) {
            Allow(from: "lb", port: 80)
            Allow(from: "private", port: 3306)  // replication and application reads across servers
        }
        // Holds the same certificate as the load balancer, yet receives plaintext http from it.
        WebServer("web-\(n)", software: "nginx 1.24", ports: [80, 443], tls: .terminate("www-cert"))
        AppServer("app-\(n)", software: "Gunicorn 21.2", ports: [8000])
        if n == 1 {
            Database("db-1", software: "MySQL 8.0", engine: "mysql", role: .primary, ports: [3306])
        } else {
            Database(
                "db-\(n)", software: "MySQL 8.0", engine: "mysql", role: .replica, replicatesFrom: "db-1",
                readOnly: true, replication: .async, ports: [3306])
        }
        MonitoringAgent(
            "agent-\(n)", vendor: "Sumo Logic", software: "Sumo Logic Collector 19.4", collects: [.metrics, .logs],
            shipsTo: "sumo")
    }
}

let architecture = Architecture(
    "secured-and-monitored",
    description: "Three-server web infrastructure for www.foobar.com, secured by firewalls, served over HTTPS, and monitored.",
    domain: "www.foobar.com"
) {
    Zone("internet", .internet) {
        Client("user", name: "User's browser")
        DNSRecord("www-dns", .a, "www.foobar.com", pointsTo: ["lb"])
    }
    Zone("dmz", .dmz) {
        Firewall("edge-firewall", protects: ["lb"], defaultIngress: .deny) {
            Allow(from: "internet", port: 443)
        }
        LoadBalancer(
            "lb", software: "HAProxy 2.8", mode: .single, algorithm: .roundRobin,
            backends: servers.map { "web-\($0)" }, healthCheck: .http("/health"),
            tls: .terminate("www-cert", minVersion: "1.2"), ports: [443])
    }
    Zone("private", .private)
    Zone("saas", .external) {
        MonitoringPlatform("sumo", vendor: "Sumo Logic", saas: true, software: "Sumo Logic")
    }
    for n in servers { server(n) }

    Certificate("www-cert", subject: "www.foobar.com", installedOn: ["lb"] + servers.map { "web-\($0)" })

    Flow("user", to: "www-dns", .dns, port: 53, purpose: .dns)
    Flow("user", to: "lb", .https, port: 443)
    Flows(from: ["lb"], to: servers.map { "web-\($0)" }, .http, port: 80, encrypted: false)
    for n in servers { Flow("web-\(n)", to: "app-\(n)", .http, port: 8000) }
    for n in servers { Flow("app-\(n)", to: "db-1", .mysql, port: 3306, purpose: .write) }
    for n in servers { Flow("app-\(n)", to: "db-\(n)", .mysql, port: 3306, purpose: .read) }
    Flows(from: ["db-2", "db-3"], to: ["db-1"], .mysql, port: 3306, purpose: .replication)
    Flows(from: servers.map { "agent-\($0)" }, to: ["sumo"], .https, port: 443, purpose: .metrics)
}
