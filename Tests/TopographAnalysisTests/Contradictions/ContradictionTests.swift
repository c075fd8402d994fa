import Testing
import TopographModel

/// The contradictions issue 11 found between the linter, the design document and the model, one
/// small YAML model each. Every test failed on the main of 2026-12-05, before the document read
/// its facts from TopographAnalysis.
@Suite struct ContradictionTests {
    @Test func scrapedLoadBalancerIsMonitored() throws {
        let out = try Outputs.yaml(
            """
            name: scraped
            zones: [{id: internet, kind: internet}, {id: dmz, kind: dmz}, {id: private, kind: private}]
            components:
              - {id: user, kind: client, zone: internet}
              - {id: lb, kind: loadBalancer, zone: dmz, loadBalancer: {mode: single, backends: [web-1]}}
              - {id: prom, kind: monitoringPlatform, zone: private, monitoringPlatform: {vendor: Prometheus}}
            hosts:
              - id: web-host
                zone: private
                components:
                  - {id: web-1, kind: webServer}
                  - {id: agent-1, kind: monitoringAgent, monitoringAgent: {collects: [metrics], shipsTo: prom}}
            flows:
              - {from: user, to: lb, protocol: https, port: 443}
              - {from: lb, to: web-1, protocol: http, port: 80}
              - {from: agent-1, to: prom, protocol: https, port: 443, purpose: metrics}
              - {from: prom, to: lb, protocol: http, port: 8404, purpose: metrics}
            """)
        let unmonitored = ["monitoring.no-monitoring", "monitoring.host-without-agent", "monitoring.unmonitored-critical-component"]
        #expect(out.findings.filter { unmonitored.contains($0.ruleID) }.isEmpty)
        #expect(out.findings("monitoring.telemetry-unencrypted").map(\.message) == ["prom scrapes lb's metrics unencrypted over http"])
        let lb = out.paragraph(of: "lb")
        #expect(!lb.contains("Nothing ships") && !lb.contains("Nothing monitors"), "\(lb)")
        #expect(out.paragraph(of: "prom").contains("It scrapes `lb`."))
    }

    @Test func defaultEgressDenyHostFirewallDropsTheFlow() throws {
        let out = try Outputs.yaml(
            """
            name: egress
            zones: [{id: private, kind: private}]
            hosts:
              - id: app-host
                zone: private
                components:
                  - {id: app, kind: appServer}
                  - {id: fw-app, kind: firewall, firewall: {scope: host, defaultIngress: allow, defaultEgress: deny}}
              - id: db-host
                zone: private
                components:
                  - {id: db, kind: database, ports: [5432], database: {engine: postgresql, role: standalone}}
                  - id: fw-db
                    kind: firewall
                    firewall:
                      scope: host
                      defaultIngress: deny
                      rules: [{action: allow, direction: ingress, peer: app, transport: tcp, ports: [5432]}]
            flows:
              - {from: app, to: db, protocol: postgresql, port: 5432, purpose: write}
            """)
        #expect(out.findings("firewall.blocks-required-flow").map(\.elements) == [["fw-app", "app", "db"]])
        let fwApp = out.paragraph(of: "fw-app")
        #expect(!fwApp.contains("No modelled flow crosses it"), "\(fwApp)")
        #expect(fwApp.contains("**It drops `app` → `db` (on the way out)**"), "\(fwApp)")
        #expect(out.paragraph(of: "fw-db").contains("Of the modelled traffic it admits `app` → `db`."))
    }

    @Test func certificateInstalledOnHostsIsUsedThere() throws {
        let out = try Outputs.yaml(
            """
            name: certs
            domain: shop.example.com
            zones: [{id: internet, kind: internet}, {id: private, kind: private}]
            components:
              - {id: user, kind: client, zone: internet}
            certificates:
              - {id: shop-cert, subject: shop.example.com, installedOn: [host-1, host-2]}
            hosts:
              - id: host-1
                zone: private
                components: [{id: web-1, kind: webServer, ports: [443], tls: {mode: terminate, certificate: shop-cert}}]
              - id: host-2
                zone: private
                components: [{id: web-2, kind: webServer, ports: [443], tls: {mode: terminate, certificate: shop-cert}}]
            flows:
              - {from: user, to: web-1, protocol: https, port: 443}
              - {from: user, to: web-2, protocol: https, port: 443}
            """)
        let cert = out.paragraph(of: "shop-cert")
        #expect(cert.contains("Presented to clients by `web-1` and `web-2`."), "\(cert)")
        #expect(!cert.contains("also sits on"), "\(cert)")
        #expect(out.findings("tls.certificate-without-termination").isEmpty)
    }

    @Test func tlsOnlyOnAHealthCheckIsNotTermination() throws {
        let out = try Outputs.yaml(
            """
            name: health-check-tls
            zones: [{id: internet, kind: internet}, {id: dmz, kind: dmz}, {id: private, kind: private}]
            components:
              - {id: user, kind: client, zone: internet}
              - id: lb
                kind: loadBalancer
                zone: dmz
                tls: {mode: terminate}
                loadBalancer: {mode: single, backends: [web], healthCheck: {protocol: https, path: /health}}
            hosts:
              - id: web-host
                zone: private
                components: [{id: web, kind: webServer, ports: [80, 443], tls: {mode: terminate}}]
            flows:
              - {from: user, to: lb, protocol: https, port: 443}
              - {from: lb, to: web, protocol: http, port: 80}
              - {from: lb, to: web, protocol: https, port: 443, purpose: healthCheck}
            """)
        #expect(out.findings("tls.backend-tls-contradiction").map(\.elements) == [["web"]])
        let web = out.paragraph(of: "web")
        #expect(!web.contains("It terminates TLS"), "\(web)")
        #expect(web.contains("yet every request it receives is plaintext"), "\(web)")
    }

    @Test func bastionReachedOverSSHIsNoUserEntryPoint() throws {
        let out = try Outputs.yaml(
            """
            name: bastion
            domain: shop.example.com
            zones: [{id: internet, kind: internet}, {id: dmz, kind: dmz}, {id: private, kind: private}]
            components:
              - {id: user, kind: client, zone: internet}
              - {id: operator, kind: client, zone: internet}
              - {id: lb-1, kind: loadBalancer, zone: dmz, loadBalancer: {mode: activeActive, cluster: [lb-2], backends: [web]}}
              - {id: lb-2, kind: loadBalancer, zone: dmz, loadBalancer: {mode: activeActive, cluster: [lb-1], backends: [web]}}
            hosts:
              - {id: bastion, zone: dmz, components: [{id: sshd, kind: generic, generic: {role: SSH bastion}, ports: [22]}]}
              - {id: web-host, zone: private, components: [{id: web, kind: webServer, ports: [80]}]}
            flows:
              - {from: user, to: lb-1, protocol: https, port: 443}
              - {from: user, to: lb-2, protocol: https, port: 443}
              - {from: operator, to: sshd, protocol: ssh, port: 22, purpose: admin}
              - {from: lb-1, to: web, protocol: http, port: 80}
              - {from: lb-2, to: web, protocol: http, port: 80}
            """)
        let entry = out.glance("Entry point")
        #expect(entry.hasPrefix("- **Entry point:** users reach `shop.example.com` through `lb-1` and `lb-2`,"), "\(entry)")
        #expect(!entry.contains("sshd"), "\(entry)")
        // Still internet-facing: the bastion is exposed, it just is not where users come in.
        #expect(out.glance("Perimeter").contains("0 of 3 internet-facing components behind a firewall"))
    }

    @Test func automaticFailoverToASynchronousReplicaIsNoSingleWriter() throws {
        let out = try Outputs.yaml(
            """
            name: postgres
            zones: [{id: private, kind: private}]
            hosts:
              - {id: app-host-1, zone: private, components: [{id: app-1, kind: appServer}]}
              - {id: app-host-2, zone: private, components: [{id: app-2, kind: appServer}]}
              - id: pg-host-1
                zone: private
                components:
                  - {id: pg-1, kind: database, database: {engine: postgresql, role: primary, failover: automatic}}
              - id: pg-host-2
                zone: private
                components:
                  - id: pg-2
                    kind: database
                    database: {engine: postgresql, role: replica, replicatesFrom: pg-1, readOnly: true, replication: sync}
            flows:
              - {from: app-1, to: pg-1, protocol: postgresql, port: 5432, purpose: write}
              - {from: app-2, to: pg-1, protocol: postgresql, port: 5432, purpose: write}
              - {from: app-2, to: pg-2, protocol: postgresql, port: 5432, purpose: read}
              - {from: pg-2, to: pg-1, protocol: postgresql, port: 5432, purpose: replication}
            """)
        #expect(out.findings("data.single-write-node").isEmpty)
        let single = out.glance("Single instances")
        #expect(!single.contains("database writes"), "\(single)")
        #expect(out.glance("Writes").contains("failing over automatically to `pg-2`"))
    }

    @Test func activePassivePairBehindOneRecordIsNoRoundRobin() throws {
        let out = try Outputs.yaml(
            """
            name: pair
            domain: shop.example.com
            zones: [{id: internet, kind: internet}, {id: dmz, kind: dmz}, {id: private, kind: private}]
            components:
              - {id: user, kind: client, zone: internet}
              - {id: dns, kind: dnsRecord, zone: internet, dnsRecord: {type: A, name: shop.example.com, targets: [lb-1, lb-2]}}
              - {id: lb-1, kind: loadBalancer, zone: dmz, loadBalancer: {mode: activePassive, cluster: [lb-2], backends: [web-1, web-2]}}
              - {id: lb-2, kind: loadBalancer, zone: dmz, loadBalancer: {mode: activePassive, cluster: [lb-1], backends: [web-1, web-2]}}
            hosts:
              - {id: host-1, zone: private, components: [{id: web-1, kind: webServer}]}
              - {id: host-2, zone: private, components: [{id: web-2, kind: webServer}]}
            flows:
              - {from: user, to: dns, protocol: dns, port: 53, purpose: dns}
              - {from: user, to: lb-1, protocol: https, port: 443}
              - {from: user, to: lb-2, protocol: https, port: 443}
              - {from: lb-1, to: web-1, protocol: http, port: 80}
              - {from: lb-1, to: web-2, protocol: http, port: 80}
              - {from: lb-2, to: web-1, protocol: http, port: 80}
              - {from: lb-2, to: web-2, protocol: http, port: 80}
            """)
        #expect(!out.doc.contains("round robin"), "the document explains DNS round robin")
        #expect(out.doc.contains("resolves it to the active-passive pair `lb-1` and `lb-2`"))
        #expect(out.paragraph(of: "dns").contains("The targets are one active-passive pair (`lb-1` and `lb-2`)"))
    }

    /// Found while using Topograph on a shop with Prometheus: scraping a database's exporter was
    /// reported as unencrypted client traffic from beyond the application tier.
    @Test func scrapingADatabaseExporterIsNoDataAccess() throws {
        let out = try Outputs.yaml(
            """
            name: exporter
            zones: [{id: private, kind: private}]
            components:
              - {id: prom, kind: monitoringPlatform, zone: private}
            hosts:
              - {id: app-host, zone: private, components: [{id: app, kind: appServer}]}
              - {id: db-host, zone: private, components: [{id: db, kind: database, ports: [5432, 9187]}]}
            flows:
              - {from: app, to: db, protocol: postgresql, port: 5432, encrypted: true, purpose: write}
              - {from: prom, to: db, protocol: http, port: 9187, purpose: metrics}
            """)
        #expect(out.findings("firewall.database-beyond-app-tier").isEmpty)
        #expect(out.findings("tls.database-traffic-unencrypted").isEmpty)
        #expect(out.findings("monitoring.telemetry-unencrypted").map(\.message) == ["prom scrapes db's metrics unencrypted over http"])
    }
}
