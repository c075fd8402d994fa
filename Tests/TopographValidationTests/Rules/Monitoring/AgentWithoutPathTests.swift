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
                    "web-agent-1 declares no platform to ship to")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
