/// What `topograph init` writes: a configuration and a small model that loads, lints and renders.
enum Starter {
    enum Format: String, CaseIterable { case yaml, swift }

    static func modelPath(_ format: Format) -> String { "models/example.\(format.rawValue)" }

    static func config(modelPath: String) -> String {
        """
        # topograph.yml: the models of this project and what `topograph generate` builds from them.
        # Paths are relative to this file; "{name}" is the model's name (its file name without extension).
        # `topograph check` fails when a model has findings at or above lint.threshold, or when a
        # generated file is stale. Unknown keys are errors.
        version: 1
        defaults:
          diagrams:
            formats: [svg, png]
            views: [overview, security, data, monitoring]
            dir: "output/{name}"
          docs:
            markdown: "output/{name}/design.md"
            html: "output/{name}/design.html"
            diagram: overview
          lint:
            threshold: error        # note | warning | error
            # baseline: .topograph-baseline.json   # known findings that should not fail
            # enforce: false                        # report findings without failing
        models:
          - path: \(modelPath)
            # inject: [README.md]   # replace the region between <!-- topograph:begin/end --> markers

        """
    }

    static func model(_ format: Format) -> String {
        format == .yaml ? yaml : swift
    }

    static let yaml = """
        # A starter design: users reach a TLS-terminating load balancer behind a firewall, which spreads
        # requests over two web servers; the application writes to one MySQL database.
        # Edit it, then run `topograph generate` (diagrams and docs) and `topograph check`.
        name: example
        description: Two web servers behind a firewall and an HTTPS load balancer, with one database.
        domain: www.example.com

        zones:
          - {id: internet, kind: internet}
          - {id: dmz, kind: dmz}
          - {id: private, kind: private}

        components:
          - {id: user, kind: client, zone: internet, name: "User's browser"}
          - id: www-dns
            kind: dnsRecord
            zone: internet
            dnsRecord: {type: A, name: www.example.com, targets: [lb]}
          - id: edge-firewall
            kind: firewall
            zone: dmz
            firewall:
              scope: network
              protects: [lb]
              defaultIngress: deny
              rules:
                - {action: allow, direction: ingress, peer: internet, ports: [443]}
          - id: lb
            kind: loadBalancer
            zone: dmz
            software: {product: HAProxy, version: "2.8"}
            ports: [443]
            tls: {mode: terminate, certificate: www-cert, minVersion: "1.2"}
            loadBalancer: {algorithm: roundRobin, backends: [web-1, web-2], healthCheck: {protocol: http, path: /health}}

        certificates:
          - {id: www-cert, subject: www.example.com, installedOn: [lb]}

        hosts:
          - id: server-1
            zone: private
            components:
              - {id: web-1, kind: webServer, software: {product: nginx, version: "1.24"}, ports: [80]}
          - id: server-2
            zone: private
            components:
              - {id: web-2, kind: webServer, software: {product: nginx, version: "1.24"}, ports: [80]}
          - id: db-server
            zone: private
            components:
              - id: db
                kind: database
                software: {product: MySQL, version: "8.0"}
                ports: [3306]
                database: {engine: mysql, role: primary}

        flows:
          - {from: user, to: www-dns, protocol: dns, port: 53, purpose: dns}
          - {from: user, to: lb, protocol: https, port: 443}
          - {from: lb, to: web-1, protocol: http, port: 80}
          - {from: lb, to: web-2, protocol: http, port: 80}
          - {from: web-1, to: db, protocol: mysql, port: 3306, purpose: write}
          - {from: web-2, to: db, protocol: mysql, port: 3306, purpose: write}

        """

    static let swift = """
        // A starter design: users reach a TLS-terminating load balancer behind a firewall, which spreads
        // requests over two web servers; the application writes to one MySQL database.
        // Edit it, then run `topograph generate` (diagrams and docs) and `topograph check`.
        import TopographDSL

        let webServers = ["web-1", "web-2"]

        let architecture = Architecture(
            "example",
            description: "Two web servers behind a firewall and an HTTPS load balancer, with one database.",
            domain: "www.example.com"
        ) {
            Zone("internet", .internet) {
                Client("user", name: "User's browser")
                DNSRecord("www-dns", .a, "www.example.com", pointsTo: ["lb"])
            }
            Zone("dmz", .dmz) {
                Firewall("edge-firewall", protects: ["lb"], defaultIngress: .deny) {
                    Allow(from: "internet", port: 443)
                }
                LoadBalancer(
                    "lb", software: "HAProxy 2.8", algorithm: .roundRobin, backends: webServers,
                    healthCheck: .http("/health"), tls: .terminate("www-cert", minVersion: "1.2"), ports: [443])
            }
            Zone("private", .private) {
                Server("server-1") { WebServer("web-1", software: "nginx 1.24", ports: [80]) }
                Server("server-2") { WebServer("web-2", software: "nginx 1.24", ports: [80]) }
                Server("db-server") { Database("db", software: "MySQL 8.0", engine: "mysql", role: .primary, ports: [3306]) }
            }

            Certificate("www-cert", subject: "www.example.com", installedOn: ["lb"])

            Flow("user", to: "www-dns", .dns, port: 53, purpose: .dns)
            Flow("user", to: "lb", .https, port: 443)
            Flows(from: ["lb"], to: webServers, .http, port: 80)
            Flows(from: webServers, to: ["db"], .mysql, port: 3306, purpose: .write)
        }

        """
}
