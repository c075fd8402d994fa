// An active-active pair of load balancers terminating TLS; web, application and database servers
// each on their own host.
import TopographDSL

let balancers = ["lb-1", "lb-2"]

let architecture = Architecture(
    "scale-up",
    description: "An active-active pair of load balancers; web, application and database servers each on their own host.",
    domain: "www.foobar.com"
) {
    Zone("internet", .internet) {
        Client("user")
        DNSRecord("www-dns", .a, "www.foobar.com", pointsTo: balancers)
    }
    Zone("dmz", .dmz) {
        for lb in balancers {
            LoadBalancer(
                lb, software: "HAProxy 2.8", mode: .activeActive, cluster: balancers.filter { $0 != lb },
                algorithm: .roundRobin, backends: ["web"], tls: .terminate("www-cert", minVersion: "1.2"),
                ports: [443])
        }
    }
    Zone("private", .private) {
        Server("web-server") { WebServer("web", software: "nginx 1.24", ports: [80]) }
        Server("app-server") { AppServer("app", software: "Gunicorn 21.2", ports: [8000]) }
        Server("db-server") { Database("db", software: "MySQL 8.0", role: .primary, ports: [3306]) }
    }

    Certificate("www-cert", subject: "www.foobar.com", installedOn: balancers)

    Flow("user", to: "www-dns", .dns, port: 53, purpose: .dns)
    Flows(from: ["user"], to: balancers, .https, port: 443)
    Flows(from: balancers, to: ["web"], .http, port: 80)
    Flow("web", to: "app", .http, port: 8000)
    Flow("app", to: "db", .mysql, port: 3306, purpose: .write)
    Flow("app", to: "db", .mysql, port: 3306, purpose: .read)
}
