// One server with nginx, an application server, the code base and MySQL behind an A record:
// no load balancer, no firewall, no TLS, no monitoring.
import TopographDSL

let architecture = Architecture(
    "simple-web-stack",
    description: "One server, no load balancer, no firewall, no TLS, no monitoring.",
    domain: "www.foobar.com"
) {
    Zone("internet", .internet) {
        Client("user")
        DNSRecord("www-dns", .a, "www.foobar.com", pointsTo: ["web"], value: "8.8.8.8")
    }
    Zone("hosting", .dmz) {  // a DMZ: the server has a public IP
        Server("server") {
            WebServer("web", software: "nginx 1.24", ports: [80])
            AppServer("app", software: "Gunicorn 21.2", ports: [8000])
            Component("code", role: "application code base")
            Database("db", software: "MySQL 8.0", role: .standalone, ports: [3306])
        }
    }

    Flow("user", to: "www-dns", .dns, port: 53, purpose: .dns)
    Flow("user", to: "web", .http, port: 80)
    Flow("web", to: "app", .http, port: 8000)
    Flow("app", to: "code", .file, purpose: .read)
    Flow("app", to: "db", .mysql, port: 3306, purpose: .write)
    Flow("app", to: "db", .mysql, port: 3306, purpose: .read)
}
