import Testing
import TopographModel

@testable import TopographValidation

/// The secured-and-monitored pattern scaled out: validation must stay linear (no time asserted
/// here; the performance issue owns timing) and the findings must scale the way the design does.
@Suite struct ScaleTests {
    static func securedPattern(servers: Int) -> Architecture {
        var model = ReferenceModels.securedAndMonitored()
        let extra = 4...servers
        for n in extra {
            let server = ElementID("server-\(n)")
            model.hosts.append(Host(id: server, zone: "private"))
            model.components += [
                .hostFirewall("fw-\(n)", host: server, [allow(from: "lb", 80), allow(from: "private", 3306)]),
                .web("web-\(n)", host: server, ports: [80, 443], tls: TLSEndpoint(mode: .terminate, certificate: "www-cert")),
                .app("app-\(n)", host: server),
                .db("db-\(n)", host: server, role: .replica, from: "db-1", readOnly: true, replication: .async),
                .agent("agent-\(n)", host: server),
            ]
            model.flows += [
                flow("lb", "web-\(n)", "http", 80, encrypted: false), flow("web-\(n)", "app-\(n)", "http", 8000),
                flow("app-\(n)", "db-1", "mysql", 3306, .write), flow("app-\(n)", "db-\(n)", "mysql", 3306, .read),
                flow("db-\(n)", "db-1", "mysql", 3306, .replication), flow("agent-\(n)", "sumo", "https", 443, .metrics),
            ]
            model.certificates[0].installedOn.append("web-\(n)")
        }
        model.update("lb") { lb in
            if case .loadBalancer(var spec) = lb.spec {
                spec.backends += extra.map { ElementID("web-\($0)") }
                lb.spec = .loadBalancer(spec)
            }
        }
        return model.located()
    }

    @Test func securedPatternWith3000Servers() {
        let servers = 3000
        let findings = Validator.validate(Self.securedPattern(servers: servers), today: "2026-01-01")
        let byRule = Dictionary(grouping: findings, by: \.ruleID)
        #expect(byRule["tls.backend-tls-contradiction"]?.count == servers)
        #expect(byRule["tls.plaintext-after-termination"]?.first?.elements.count == servers + 1)
        #expect(byRule["availability.single-point-of-failure"]?.map(\.elements) == [["lb"]])
        #expect(byRule["data.single-write-node"]?.map(\.elements) == [["db-1"]])
        #expect(byRule["shared-fate.identical-servers"]?.first?.elements.count == servers)
        #expect(
            Set(findings.map(\.ruleID)) == Set(Validator.validate(ReferenceModels.securedAndMonitored(), today: "2026-01-01").map(\.ruleID))
        )
    }
}
