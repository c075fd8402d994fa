import Testing
import TopographModel

@testable import TopographValidation

@Suite struct BackendWithoutFlowTests {
    let rule = BackendWithoutFlow()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "hygiene.backend-without-flow")
    }

    @Test func flagsBackendWithoutFlow() {
        let model = CleanModel.make().with { a in
            a.update("lb-1") {
                $0.spec = .loadBalancer(
                    LoadBalancerSpec(
                        mode: .activeActive, cluster: ["lb-2"], backends: ["web-1", "web-2", "app-1"], healthCheck: HealthCheck()))
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "hygiene.backend-without-flow", ["lb-1", "app-1"], .warning,
                    "lb-1 lists app-1 as a backend but no flow goes from lb-1 to app-1")
            ])
    }

    @Test func flagsFlowOutsideThePool() {
        let model = CleanModel.make().with { a in
            a.update("lb-1") {
                $0.spec = .loadBalancer(
                    LoadBalancerSpec(mode: .activeActive, cluster: ["lb-2"], backends: ["web-1"], healthCheck: HealthCheck()))
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "hygiene.backend-without-flow", ["lb-1", "web-2"], .warning,
                    "lb-1 forwards to web-2, which is not one of its backends")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.scaleUp())
    }
}
