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

    /// A load balancer alone on an unwatched host: the gap is the balancer's (before: the
    /// generic host-without-agent message on the host).
    @Test func flagsTheLoadBalancerOnItsHost() {
        let model = CleanModel.make().with { a in
            a.hosts.append(Host(id: "lb-host-1", zone: "dmz"))
            a.update("lb-1") {
                $0.host = "lb-host-1"
                $0.zone = nil
            }
            a.removeFlows(["lb-1->sumo:metrics"])
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "monitoring.unmonitored-critical-component", ["lb-1"], .warning,
                    "lb-1 (load balancer on lb-host-1) is not monitored: no agent runs on lb-host-1 and it ships no telemetry")
            ])
        expectClean(HostWithoutAgent(), model)
    }

}
