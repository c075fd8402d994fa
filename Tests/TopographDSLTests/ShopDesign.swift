import TopographDSL

/// A design touching every DSL element, loops, conditionals and a helper; see `ExpectedShop`.
func shopDesign() -> Architecture {
    Architecture("shop", description: "A small shop.", domain: "shop.example") {
        Zone("internet", .internet) {
            Client("user", name: "Customer")
            DNSRecord("dns", .a, "shop.example", pointsTo: ["edge"], ttl: 300)
        }
        Zone("dmz", .dmz) {
            Firewall("edge-fw", protects: ["edge"]) {
                Allow(from: "internet", port: 443)
                Deny(from: "10.0.0.0/8", range: 1...1024, transport: .udp)
                Allow(to: "mon", port: 443, description: "telemetry")
            }
            LoadBalancer(
                "edge", software: "HAProxy 2.8", mode: .activePassive, algorithm: .leastConnections,
                backends: ["app-1", "app-2"], healthCheck: .tcp, tls: .reencrypt("cert", minVersion: "1.3"),
                ports: [443])
        }
        Zone("private", .private) {
            for n in 1...2 { appHost(n) }
        }
        Server("lonely", zone: "private") {
            Database("db", engine: "postgresql", role: .primary, failover: .manual)
        }
        Zone("saas", .external) {
            MonitoringPlatform("mon", vendor: "Acme", saas: true)
        }
        Certificate(
            "cert", subject: "shop.example", alternativeNames: ["*.shop.example"], issuer: "Let's Encrypt",
            expires: "2027-01-01", installedOn: ["edge"])
        Flow("user", to: "edge", .https)
        Flows(from: ["app-1", "app-2"], to: ["db"], .postgresql, purpose: .write)
        Flow("app-1", to: "cache", "redis", id: "cache-flow", description: "sessions")
        AcceptRisk("availability.single-database", on: "db", because: "budget", until: "2027-06-30")
        AcceptRisk("monitoring.missing-agent", because: "pilot")
    }
}

/// A helper returning content, the way model files factor out repeated servers.
func appHost(_ n: Int) -> Server {
    Server("host-\(n)", name: "Host \(n)") {
        AppServer("app-\(n)", software: "Gunicorn 21.2", ports: [8000], tls: .passthrough)
        if n == 1 {
            Cache("cache", engine: "redis", ports: [6379])
        }
        agent(on: n)
    }
}

/// A helper returning several elements, built with the server context's builder.
@ServerBuilder func agent(on n: Int) -> [any ServerContent] {
    MonitoringAgent("agent-\(n)", vendor: "Acme", software: "Acme Agent 3", collects: [.metrics, .logs], shipsTo: "mon")
    Firewall("fw-\(n)") {
        Allow(from: "edge", ports: [8000, 8001])
    }
}
