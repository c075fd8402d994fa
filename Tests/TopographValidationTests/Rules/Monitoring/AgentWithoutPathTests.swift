import Testing
import TopographModel

@testable import TopographValidation

@Suite struct AgentWithoutPathTests {
    let rule = AgentWithoutPath()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "monitoring.agent-without-path")
    }

    @Test func flagsAgentWithoutFlow() {
        let model = CleanModel.make().with { a in
            a.removeFlows(["web-agent-1->sumo:metrics"])
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "monitoring.agent-without-path", ["web-agent-1"], .error,
                    "web-agent-1 ships to sumo but no flow leads from web-agent-1 to sumo")
            ])
    }

    @Test func flagsAgentShippingNowhere() {
        let model = CleanModel.make().with { a in
            a.update("web-agent-1") { $0.spec = .monitoringAgent(MonitoringAgentSpec()) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "monitoring.agent-without-path", ["web-agent-1"], .error,
                    "web-agent-1 declares no platform to ship to or be scraped by")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    /// node_exporter scraped by Prometheus: the platform opens the connection (pull).
    static func scraped(flow present: Bool = true, declared: Bool = true) -> Architecture {
        CleanModel.make().with { a in
            a.components.append(
                Component(
                    id: "prometheus", spec: .monitoringPlatform(MonitoringPlatformSpec(vendor: "Prometheus")), host: "app-host-2",
                    ports: [9090]))
            a.update("web-agent-1") {
                $0.spec = .monitoringAgent(MonitoringAgentSpec(vendor: "node_exporter", scrapedBy: declared ? "prometheus" : nil))
                $0.ports = [9100]
            }
            a.removeFlows(["web-agent-1->sumo:metrics"])
            if present { a.flows.append(flow("prometheus", "web-agent-1", "http", 9100, .metrics)) }
        }
    }

    @Test func cleanWhenScraped() {
        expectClean(rule, Self.scraped())
        expectClean(rule, Self.scraped(declared: false))
    }

    @Test func flagsExporterNobodyScrapes() {
        expectFindings(
            rule, Self.scraped(flow: false),
            [
                Summary(
                    "monitoring.agent-without-path", ["web-agent-1"], .error,
                    "web-agent-1 is scraped by prometheus but no flow leads from prometheus to web-agent-1")
            ])
    }

}
