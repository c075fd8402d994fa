// Two servers behind one HAProxy load balancer, with primary-replica MySQL:
// no firewall, no TLS, no monitoring.
import TopographDSL

let servers = 1...2

/// A server running the whole stack; server 1 holds the primary database, the others replicas.
func server(_ n: Int) -> Server {
    Server("server-\(n)") {
        WebServer("web-\(n)", software: "nginx 1.24", ports: [80])
        AppServer("app-\(n)", software: "Gunicorn 21.2", ports: [8000])
        if n == 1 {
            Database("db-1", software: "MySQL 8.0", role: .primary, ports: [3306])
        } else {
            Database(
                "db-\(n)", software: "MySQL 8.0", role: .replica, replicatesFrom: "db-1", readOnly: true,
                replication: .async, ports: [3306])
        }
    }
}

let architecture = Architecture(
    "distributed",
    description: "Two servers behind one HAProxy; primary-replica MySQL; no firewall, no TLS, no monitoring.",
    domain: "www.foobar.com"
) {
    Zone("internet", .internet) {
        Client("user")
        DNSRecord("www-dns", .a, "www.foobar.com", pointsTo: ["lb"])
    }
    Zone("dmz", .dmz) {
        LoadBalancer(
            "lb", software: "HAProxy 2.8", mode: .single, algorithm: .roundRobin,
            backends: servers.map { "web-\($0)" }, ports: [80])
    }
    Zone("private", .private) {
        for n in servers { server(n) }
    }

    Flow("user", to: "www-dns", .dns, port: 53, purpose: .dns)
    Flow("user", to: "lb", .http, port: 80)
    Flows(from: ["lb"], to: servers.map { "web-\($0)" }, .http, port: 80)
    for n in servers { Flow("web-\(n)", to: "app-\(n)", .http, port: 8000) }
    for n in servers { Flow("app-\(n)", to: "db-1", .mysql, port: 3306, purpose: .write) }
    for n in servers { Flow("app-\(n)", to: "db-\(n)", .mysql, port: 3306, purpose: .read) }
    Flow("db-2", to: "db-1", .mysql, port: 3306, purpose: .replication)
}
