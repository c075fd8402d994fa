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
                    "server (running web, app and db) is a single point of failure: every path from the users to app passes through it"),
                Summary(
                    "availability.single-point-of-failure", ["db"], .error,
                    "db is a single point of failure: it holds the only copy of the data, so every read and write from app stops when server fails"
                ),
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

    /// A database with no replica holds the only copy: named on the database, not its host.
    @Test func flagsLoneDatabase() {
        let model = CleanModel.make().with { a in
            a.removeComponents(["db-2"])
            a.flows.removeAll { $0.from == "db-2" || $0.to == "db-2" }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-point-of-failure", ["db-1"], .error,
                    "db-1 is a single point of failure: it holds the only copy of the data, so every read and write from app-1 and app-2 stops when db-host-1 fails"
                )
            ])
    }

    /// A managed database its provider fails over (Multi-AZ) is not the design's single point.
    @Test func managedDatabaseWithFailoverIsNoSinglePoint() {
        let model = CleanModel.make().with { a in
            a.removeComponents(["db-2"])
            a.flows.removeAll { $0.from == "db-2" || $0.to == "db-2" }
            a.update("db-1") {
                $0.spec = .database(DatabaseSpec(engine: "mysql", role: .primary, failover: .automatic, provider: "AWS RDS"))
                $0.host = nil
                $0.zone = "private"
            }
        }
        expectClean(rule, model)
    }

    /// A load balancer alone on its host is named as the balancer (before: the host id).
    @Test func namesTheLoadBalancerOnItsHost() {
        let model = CleanModel.make().with { a in
            a.removeComponents(["lb-2"])
            a.flows.removeAll { $0.from == "lb-2" || $0.to == "lb-2" }
            a.hosts.append(Host(id: "lb-host", zone: "dmz"))
            a.update("lb-1") {
                $0.host = "lb-host"
                $0.zone = nil
            }
            a.components.append(.agent("lb-agent", host: "lb-host"))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-point-of-failure", ["lb-1"], .error,
                    "lb-1 (load balancer on lb-host) is a single point of failure: every path from the users to app-1 and app-2 passes through it"
                )
            ])
    }

}
