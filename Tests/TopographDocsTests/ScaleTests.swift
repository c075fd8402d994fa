import Foundation
import Testing
import TopographDocs
import TopographModel

/// Large models must not make the document quadratic: every per-element fact is computed once.
@Suite struct ScaleTests {
    /// `servers` copies of the reference server (firewall, web, app, database, agent) behind one LB.
    static func farm(servers: Int) -> Architecture {
        var arch = HandBuilt.securedAndMonitored()
        arch.hosts = []
        arch.components = arch.components.filter { $0.host == nil }
        arch.flows = arch.flows.filter { arch.components.map(\.id).contains($0.from) && arch.components.map(\.id).contains($0.to) }
        var backends: [ElementID] = []
        for n in 1...servers {
            let host = ElementID("server-\(n)")
            let web = ElementID("web-\(n)")
            let app = ElementID("app-\(n)")
            let db = ElementID("db-\(n)")
            arch.hosts.append(Host(id: host, zone: "private"))
            arch.components += [
                Component(
                    id: ElementID("fw-\(n)"), spec: .firewall(FirewallSpec(rules: [FirewallRule(action: .allow, peer: "private")])),
                    host: host),
                Component(id: web, spec: .webServer, host: host, ports: [80]),
                Component(id: app, spec: .appServer, host: host, ports: [8000]),
                Component(
                    id: db,
                    spec: .database(
                        n == 1 ? DatabaseSpec(role: .primary) : DatabaseSpec(role: .replica, replicatesFrom: "db-1", readOnly: true)),
                    host: host),
                Component(id: ElementID("agent-\(n)"), spec: .monitoringAgent(MonitoringAgentSpec(shipsTo: "sumo")), host: host),
            ]
            backends.append(web)
            arch.flows += [
                Flow(from: "lb", to: web, protocol: "http"), Flow(from: web, to: app, protocol: "http", port: 8000),
                Flow(from: app, to: "db-1", protocol: "mysql", purpose: .write), Flow(from: app, to: db, protocol: "mysql", purpose: .read),
                Flow(from: ElementID("agent-\(n)"), to: "sumo", protocol: "https", purpose: .metrics),
            ]
        }
        if let i = arch.components.firstIndex(where: { $0.id == "lb" }) {
            arch.components[i].spec = .loadBalancer(LoadBalancerSpec(algorithm: .roundRobin, backends: backends))
        }
        return arch
    }

    static func seconds(servers: Int) -> (Double, String) {
        let arch = farm(servers: servers)
        var markdown = ""
        let elapsed = ContinuousClock().measure {
            markdown = DesignDocument.markdown(for: arch, findings: [], catalogue: [], options: DocumentOptions())
        }
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, markdown)
    }

    @Test func growsLinearlyWithTheModel() {
        let (small, _) = Self.seconds(servers: 200)
        let (large, markdown) = Self.seconds(servers: 800)
        #expect(markdown.contains("### Host `server-800`"))
        // Four times the model: about four times the work. A quadratic pass would be sixteen.
        #expect(large < max(small, 0.05) * 10, "200 servers: \(small) s, 800 servers: \(large) s")
    }
}
