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

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
