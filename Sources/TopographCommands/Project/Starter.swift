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
            threshold: warning      # note | warning | error; the same default as `topograph lint`
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
        # A starter design: users reach a pair of HTTPS load balancers behind a firewall, which re-encrypt
        # to two web servers; the web servers write to a MySQL primary with a semi-synchronous replica.
        # It has two known gaps, accepted below so that `topograph lint` and `topograph check` pass
        # while they are listed as accepted findings: fix one (add monitoring, an application tier),
        # delete its acceptance, and lint confirms it. Edit the model, then run `topograph generate`.
        name: example
        description: Two web servers behind a firewall and a pair of HTTPS load balancers, with a replicated database.
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
            dnsRecord: {type: A, name: www.example.com, targets: [lb-1, lb-2]}
          - id: edge-firewall
            kind: firewall
            zone: dmz
            firewall:
              scope: network
              protects: [lb-1, lb-2]
              defaultIngress: deny
              rules:
                - {action: allow, direction: ingress, peer: internet, ports: [443]}
          - id: lb-1
            kind: loadBalancer
            zone: dmz
            software: {product: HAProxy, version: "2.8"}
            ports: [443]
            tls: {mode: reencrypt, certificate: www-cert, minVersion: "1.2"}
            loadBalancer: {mode: activeActive, cluster: [lb-2], algorithm: roundRobin, backends: [web-1, web-2], healthCheck: {protocol: http, path: /health}}
          - id: lb-2
            kind: loadBalancer
            zone: dmz
            software: {product: HAProxy, version: "2.8"}
            ports: [443]
            tls: {mode: reencrypt, certificate: www-cert, minVersion: "1.2"}
            loadBalancer: {mode: activeActive, cluster: [lb-1], algorithm: roundRobin, backends: [web-1, web-2], healthCheck: {protocol: http, path: /health}}
          - id: internal-firewall
            kind: firewall
            zone: private
            firewall:
              scope: network
              protects: [private]
              defaultIngress: deny
              rules:
                - {action: allow, direction: ingress, peer: dmz, ports: [443]}
                - {action: allow, direction: ingress, peer: private, ports: [3306]}

        certificates:
          - {id: www-cert, subject: www.example.com, installedOn: [lb-1, lb-2]}

        hosts:
          - id: server-1
            zone: private
            components:
              - {id: web-1, kind: webServer, software: {product: nginx, version: "1.24"}, ports: [443]}
          - id: server-2
            zone: private
            components:
              - {id: web-2, kind: webServer, software: {product: nginx, version: "1.24"}, ports: [443]}
          - id: db-server-1
            zone: private
            components:
              - id: db-1
                kind: database
                software: {product: MySQL, version: "8.0"}
                ports: [3306]
                database: {engine: mysql, role: primary, failover: automatic}
          - id: db-server-2
            zone: private
            components:
              - id: db-2
                kind: database
                software: {product: MySQL, version: "8.0"}
                ports: [3306]
                database: {engine: mysql, role: replica, replicatesFrom: db-1, readOnly: true, replication: semiSync, failover: automatic}

        flows:
          - {from: user, to: www-dns, protocol: dns, port: 53, purpose: dns}
          - {from: user, to: lb-1, protocol: https, port: 443}
          - {from: user, to: lb-2, protocol: https, port: 443}
          - {from: lb-1, to: web-1, protocol: https, port: 443}
          - {from: lb-1, to: web-2, protocol: https, port: 443}
          - {from: lb-2, to: web-1, protocol: https, port: 443}
          - {from: lb-2, to: web-2, protocol: https, port: 443}
          - {from: web-1, to: db-1, protocol: mysql+tls, port: 3306, purpose: write}
          - {from: web-2, to: db-1, protocol: mysql+tls, port: 3306, purpose: write}
          - {from: db-2, to: db-1, protocol: mysql+tls, port: 3306, purpose: replication}

        # Known gaps of the starter, accepted with a reason (add `expires: YYYY-MM-DD` to make one fail
        # again on that day). Delete an entry to see its finding fail lint and check.
        acceptedRisks:
          - {rule: monitoring.no-monitoring, reason: "starter: add a monitoring platform and agents on every host"}
          - {rule: firewall.database-beyond-app-tier, element: db-1, reason: "starter: put an application tier between web and database"}

        """

    static let swift = """
        // A starter design: users reach a pair of HTTPS load balancers behind a firewall, which re-encrypt
        // to two web servers; the web servers write to a MySQL primary with a semi-synchronous replica.
        // It has two known gaps, accepted at the end so that `topograph lint` and `topograph check` pass
        // while they are listed as accepted findings: fix one (add monitoring, an application tier),
        // delete its acceptance, and lint confirms it. Edit the model, then run `topograph generate`.
        import TopographDSL

        let balancers = ["lb-1", "lb-2"]
        let webServers = ["web-1", "web-2"]

        let architecture = Architecture(
            "example",
            description: "Two web servers behind a firewall and a pair of HTTPS load balancers, with a replicated database.",
            domain: "www.example.com"
        ) {
            Zone("internet", .internet) {
                Client("user", name: "User's browser")
                DNSRecord("www-dns", .a, "www.example.com", pointsTo: balancers)
            }
            Zone("dmz", .dmz) {
                Firewall("edge-firewall", scope: .network, protects: balancers, defaultIngress: .deny) {
                    Allow(from: "internet", port: 443)
                }
                for lb in balancers {
                    LoadBalancer(
                        lb, software: "HAProxy 2.8", mode: .activeActive, cluster: balancers.filter { $0 != lb },
                        algorithm: .roundRobin, backends: webServers, healthCheck: .http("/health"),
                        tls: .reencrypt("www-cert", minVersion: "1.2"), ports: [443])
                }
            }
            Zone("private", .private) {
                Firewall("internal-firewall", scope: .network, protects: ["private"], defaultIngress: .deny) {
                    Allow(from: "dmz", port: 443)
                    Allow(from: "private", port: 3306)
                }
                Server("server-1") { WebServer("web-1", software: "nginx 1.24", ports: [443]) }
                Server("server-2") { WebServer("web-2", software: "nginx 1.24", ports: [443]) }
                Server("db-server-1") {
                    Database("db-1", software: "MySQL 8.0", engine: "mysql", role: .primary, failover: .automatic, ports: [3306])
                }
                Server("db-server-2") {
                    Database(
                        "db-2", software: "MySQL 8.0", engine: "mysql", role: .replica, replicatesFrom: "db-1",
                        readOnly: true, replication: .semiSync, failover: .automatic, ports: [3306])
                }
            }

            Certificate("www-cert", subject: "www.example.com", installedOn: balancers)

            Flow("user", to: "www-dns", .dns, port: 53, purpose: .dns)
            Flows(from: ["user"], to: balancers, .https, port: 443)
            Flows(from: balancers, to: webServers, .https, port: 443)
            Flows(from: webServers, to: ["db-1"], "mysql+tls", port: 3306, purpose: .write)
            Flow("db-2", to: "db-1", "mysql+tls", port: 3306, purpose: .replication)

            // Known gaps of the starter, accepted with a reason (`until: "YYYY-MM-DD"` makes one fail again
            // on that day). Delete one to see its finding fail lint and check.
            AcceptRisk("monitoring.no-monitoring", because: "starter: add a monitoring platform and agents on every host")
            AcceptRisk(
                "firewall.database-beyond-app-tier", on: "db-1",
                because: "starter: put an application tier between web and database")
        }

        """
}
