import Testing
import TopographModel

@testable import TopographValidation

@Suite struct LoadBalancerClusterInconsistentTests {
    let rule = LoadBalancerClusterInconsistent()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.lb-cluster-inconsistent")
    }

    @Test func flagsOneSidedCluster() {
        let model = CleanModel.make().with { a in
            a.update("lb-2") {
                $0.spec = .loadBalancer(LoadBalancerSpec(mode: .activeActive, backends: ["web-1", "web-2"], healthCheck: HealthCheck()))
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.lb-cluster-inconsistent", ["lb-1", "lb-2"], .warning,
                    "lb-1's cluster is inconsistent: lb-2 does not list lb-1 in its cluster"),
                Summary(
                    "availability.lb-cluster-inconsistent", ["lb-2"], .warning,
                    "lb-2's cluster is inconsistent: mode activeActive but no cluster members"),
            ])
    }

    /// Members of one virtual IP name each other through the address: no `cluster:` needed.
    @Test func cleanWhenAVirtualIPNamesThePeers() {
        let model = CleanModel.withVirtualIP().with { a in
            for lb in ["lb-1", "lb-2"] {
                a.update(ElementID(lb)) {
                    $0.spec = .loadBalancer(
                        LoadBalancerSpec(mode: .activePassive, backends: ["web-1", "web-2"], healthCheck: HealthCheck()))
                }
            }
        }
        expectClean(rule, model)
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.scaleUp())
    }
}
