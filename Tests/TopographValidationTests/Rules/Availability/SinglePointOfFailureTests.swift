import Testing
import TopographModel

@testable import TopographValidation

@Suite struct SinglePointOfFailureTests {
    let rule = SinglePointOfFailure()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.single-point-of-failure")
    }

    @Test func flagsSingleLoadBalancer() {
        let model = CleanModel.make().with { a in
            a.removeComponents(["lb-2"])
            a.flows.removeAll { $0.from == "lb-2" || $0.to == "lb-2" }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-point-of-failure", ["lb-1"], .error,
                    "lb-1 is a single point of failure: every path from the users to app-1 and app-2 passes through it")
            ])
    }

    @Test func flagsSingleServer() {
        let model = ReferenceModels.simpleWebStack()
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-point-of-failure", ["server"], .error,
                    "server (running web, app and db) is a single point of failure: every path from the users to app passes through it")
            ])
    }

    @Test func flagsProxyBeforeTheWriteNode() {
        let model = CleanModel.make().with { a in
            a.components.append(Component(id: "proxysql", spec: .generic(GenericSpec(role: "MySQL proxy")), zone: "private"))
            a.flows.removeAll { $0.to == "db-1" && $0.purpose == .write }
            for n in 1...2 { a.flows.append(flow("app-\(n)", "proxysql", "mysql+tls", 6033, .write)) }
            a.flows.append(flow("proxysql", "db-1", "mysql+tls", 3306, .write))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-point-of-failure", ["proxysql"], .error,
                    "proxysql is a single point of failure: every path from app-1 and app-2 to db-1 passes through it")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}

extension SinglePointOfFailureTests {
    /// An active-passive pair where the flows only name the active member (the floating IP's
    /// current owner) is still redundant.
    @Test func passivePeerCountsAsRedundancy() {
        let model = CleanModel.make().with { a in
            a.flows.removeAll { $0.from == "lb-2" || $0.to == "lb-2" }
            for (lb, peer) in [("lb-1", "lb-2"), ("lb-2", "lb-1")] {
                a.update(ElementID(lb)) {
                    $0.spec = .loadBalancer(
                        LoadBalancerSpec(
                            mode: .activePassive, cluster: [ElementID(peer)], backends: ["web-1", "web-2"], healthCheck: HealthCheck()))
                }
            }
        }
        expectClean(rule, model)
    }

    /// An active-passive pair behind a virtual IP is two paths (before: the address was the SPOF).
    @Test func pairBehindAVirtualIPIsNoSinglePoint() {
        expectClean(rule, CleanModel.withVirtualIP())
    }

    /// A virtual IP only one load balancer answers on leaves that one on every path.
    @Test func flagsTheOnlyMemberOfAVirtualIP() {
        let model = CleanModel.withVirtualIP().with { a in
            a.removeComponents(["lb-2"])
            a.flows.removeAll { $0.from == "lb-2" || $0.to == "lb-2" }
            a.update("lb-1") {
                $0.spec = .loadBalancer(LoadBalancerSpec(backends: ["web-1", "web-2"], healthCheck: HealthCheck(path: "/health")))
            }
            a.update("www-vip") { $0.spec = .virtualIP(VirtualIPSpec(members: ["lb-1"])) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-point-of-failure", ["lb-1"], .error,
                    "lb-1 is a single point of failure: every path from the users to app-1 and app-2 passes through it")
            ])
    }

}
