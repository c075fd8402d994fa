import Testing
import TopographModel

@testable import TopographValidation

@Suite struct TelemetryUnencryptedTests {
    let rule = TelemetryUnencrypted()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "monitoring.telemetry-unencrypted")
    }

    @Test func flagsPlaintextMetrics() {
        let model = CleanModel.make().with { a in
            a.updateFlow("web-agent-1->sumo:metrics") {
                $0.protocol = "http"
                $0.port = 80
                $0.encrypted = false
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "monitoring.telemetry-unencrypted", ["web-agent-1", "sumo"], .warning,
                    "web-agent-1 ships metrics to sumo unencrypted over http")
            ])
    }

    /// One finding per platform, not one per agent (issue 12: eight agents gave eight findings).
    @Test func groupsAgentsPerPlatform() {
        let model = CleanModel.make().with { a in
            for i in a.flows.indices where a.flows[i].to == "sumo" {
                a.flows[i].protocol = "http"
                a.flows[i].port = 80
                a.flows[i].encrypted = false
            }
        }
        let findings = rule.check(ValidationContext(model, today: "2026-01-01"))
        #expect(findings.count == 1)
        let agents = model.flows.filter { $0.to == "sumo" }.map(\.from).uniqued()
        #expect(findings.first?.elements == agents + ["sumo"])
        #expect(findings.first?.message == "\(agents.count) agents ship metrics to sumo unencrypted over http")
        #expect(findings.first?.evidence.count == model.flows.filter { $0.to == "sumo" }.count)
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
