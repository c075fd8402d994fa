import Testing
import TopographDSL
import TopographModel

/// An element made in a helper function is located where the design calls the helper (issue 12:
/// every element of every server made by `server(n)` used to point at the helper's lines).
@Suite struct CallSiteTests {
    static let helperLine = #line + 2
    static func server(_ n: Int) -> Server {
        Server("server-\(n)") {
            WebServer("web-\(n)", ports: [80])
            AppServer("app-\(n)", ports: n == 2 ? [70000] : [8000])
        }
    }

    @Test func elementsFromHelpersAreLocatedAtTheCallSite() {
        let first = #line + 3
        let design = TopographDSL.Architecture("helpers") {
            Zone("private", .private) {
                Self.server(1)
                Self.server(2)
                for n in 3...4 { Self.server(n) }
            }
        }
        let sources = design.model.sources
        #expect(sources["server-1"]?.line == first)
        #expect(sources["web-1"]?.line == first)
        #expect(sources["app-2"]?.line == first + 1)
        #expect(sources["web-4"]?.line == first + 2)
        #expect(sources["private"]?.line == first - 1)
        #expect(sources["web-1"]?.file == #filePath)
    }

    @Test func diagnosticsPointAtTheCallSiteAndNameTheHelpersLine() throws {
        let call = #line + 3
        let design = TopographDSL.Architecture("helpers") {
            Zone("private", .private) {
                Self.server(2)
            }
        }
        let diagnostic = try #require(design.diagnostics.first)
        #expect(diagnostic.message == "'app-2' declares port 70000, which is outside 0...65535")
        #expect(diagnostic.location?.line == call)
        #expect(diagnostic.hint?.contains("'app-2' is written at \(#filePath):\(Self.helperLine + 2)") == true)
    }

    @Test func elementsWrittenInPlaceKeepTheirOwnLines() {
        let line = #line + 4
        let design = TopographDSL.Architecture("inline") {
            Zone("z", .dmz) {
                Server("s") {
                    WebServer("w")
                }
            }
        }
        #expect(design.model.sources["w"]?.line == line)
        #expect(design.model.sources["s"]?.line == line - 1)
    }
}

/// The new vocabulary lowers to the model values the YAML form describes.
@Suite struct VocabularyTests {
    @Test func accessEdgeAndServiceKindsLower() throws {
        let design = TopographDSL.Architecture("v") {
            Zone("office", .external, networks: ["203.0.113.0/24"]) { Client("admin") }
            Zone("edge", .dmz, region: "eu-west-1", availabilityZone: "eu-west-1a") {
                CDN("cdn", provider: "Cloudflare", origins: ["www-vip"])
                VirtualIP("www-vip", members: ["lb-1", "lb-2"], address: "198.51.100.10", mechanism: "keepalived (VRRP)")
                VPNGateway("vpn", software: "WireGuard", clientNetwork: "10.8.0.0/24", ports: [51820])
                Server("lb-host-1", addresses: ["10.0.0.11"], rack: "r1") {
                    LoadBalancer("lb-1", backends: ["pg"], routing: .split(writes: ["pg"], reads: ["pg"]), ports: [443])
                    WAF("waf-1", mode: .detect, software: "ModSecurity 3.0")
                }
                Server("lb-host-2", addresses: ["10.0.0.12"], rack: "r2") { LoadBalancer("lb-2", ports: [443]) }
                Bastion("bastion", software: "OpenSSH 9.6")
            }
            Zone("data", .private) {
                Database("pg", software: "PostgreSQL 16", engine: "postgresql", role: .primary, provider: "AWS RDS", ports: [5432])
                Cache("redis", engine: "redis", provider: "AWS ElastiCache", ports: [6379])
                MessageQueue("mq", engine: "rabbitmq", ports: [5671])
                ObjectStorage("assets", provider: "AWS S3")
                Server("mon") {
                    MonitoringPlatform("prometheus", software: "Prometheus 2.53", ports: [9090])
                    MonitoringAgent("node-exporter", software: "node_exporter 1.8", scrapedBy: "prometheus", ports: [9100])
                }
            }
            Flow("admin", to: "vpn", .wireguard, purpose: .admin)
            Flow("vpn", to: "bastion", .ssh, purpose: .admin)
            Flow("lb-1", to: "pg", .postgresqlTLS, purpose: .write)
            Flow("prometheus", to: "node-exporter", .http, port: 9100, purpose: .metrics)
        }
        let model = try design.lower()
        let index = ArchitectureIndex(model)
        #expect(index.components["www-vip"]?.spec.virtualIP?.members == ["lb-1", "lb-2"])
        #expect(index.components["lb-1"]?.spec.loadBalancer?.routing == ReadWriteRouting(writes: ["pg"], reads: ["pg"]))
        #expect(index.failureDomain(of: "lb-1") == FailureDomain(region: "eu-west-1", availabilityZone: "eu-west-1a", rack: "r1"))
        #expect(index.components["node-exporter"]?.spec.monitoringAgent?.scrapedBy == "prometheus")
        #expect(model.flows.first { $0.to == "pg" }?.port == 5432)
        #expect(model.flows.first { $0.to == "vpn" }?.port == 51820)
        let added: Set<ComponentKind> = [.bastion, .vpnGateway, .virtualIP, .cdn, .waf, .messageQueue, .objectStorage]
        #expect(Set(model.components.map(\.kind)).isSuperset(of: added))
    }
}
