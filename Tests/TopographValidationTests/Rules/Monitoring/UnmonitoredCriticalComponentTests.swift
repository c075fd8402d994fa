import Testing
import TopographModel

@testable import TopographValidation

@Suite struct UnmonitoredCriticalComponentTests {
    let rule = UnmonitoredCriticalComponent()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "monitoring.unmonitored-critical-component")
    }

    @Test func flagsUnwatchedLoadBalancer() {
        let model = CleanModel.make().with { a in
            a.removeFlows(["lb-1->sumo:metrics"])
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "monitoring.unmonitored-critical-component", ["lb-1"], .warning,
                    "lb-1 (load balancer) is not monitored: no agent runs on it and it ships no telemetry")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.distributed())
    }
}
