import Testing
import TopographModel

@testable import TopographValidation

@Suite struct BackendWrongTierTests {
    let rule = BackendWrongTier()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.backend-wrong-tier")
    }

    /// The load balancers also balance onto the replica's database-only host.
    static func ontoDatabaseBox() -> Architecture {
        CleanModel.make().with { a in
            for lb in ["lb-1", "lb-2"] {
                a.update(ElementID(lb)) {
                    var spec = $0.spec.loadBalancer!
                    spec.backends.append("db-2")
                    $0.spec = .loadBalancer(spec)
                }
                a.flows.append(flow(ElementID(lb), "db-2", "http", 80))
            }
        }
    }

    @Test func flagsBalancingOntoADatabaseOnlyHost() {
        expectFindings(
            rule, Self.ontoDatabaseBox(),
            [
                Summary(
                    "availability.backend-wrong-tier", ["lb-1", "db-2"], .error,
                    "lb-1 routes web requests to db-2, a non-web tier: db-host-2 runs only db-2 (database), so the requests sent there fail"
                ),
                Summary(
                    "availability.backend-wrong-tier", ["lb-2", "db-2"], .error,
                    "lb-2 routes web requests to db-2, a non-web tier: db-host-2 runs only db-2 (database), so the requests sent there fail"
                ),
            ])
    }

    /// The misrouted requests are not database client traffic (before: the only finding was
    /// "db-2 receives unencrypted client traffic from lb-1 and lb-2").
    @Test func misroutedRequestsAreNotDatabaseTraffic() {
        expectClean(DatabaseTrafficUnencrypted(), Self.ontoDatabaseBox())
    }

    /// A database proxy (read/write routing) balancing onto database nodes is the right tier.
    @Test func cleanForADatabaseProxy() {
        let model = CleanModel.make().with { a in
            a.components.append(
                Component(
                    id: "proxysql",
                    spec: .loadBalancer(
                        LoadBalancerSpec(backends: ["db-1", "db-2"], routing: ReadWriteRouting(writes: ["db-1"], reads: ["db-2"]))),
                    zone: "private", ports: [6033]))
            a.flows.append(flow("app-1", "proxysql", "mysql+tls", 6033, .write))
            a.flows.append(flow("proxysql", "db-1", "mysql+tls", 3306, .write))
        }
        expectClean(rule, model)
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
        expectClean(rule, CleanModel.withVirtualIP())
    }
}
