import Testing
import TopographModel

@testable import TopographValidation

@Suite struct MissingWritePathTests {
    let rule = MissingWritePath()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "data.missing-write-path")
    }

    @Test func flagsServerWithoutTheWritePathItsPeerHas() {
        let model = CleanModel.make().with { a in a.removeFlows(["app-2->db-1:write"]) }
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.missing-write-path", ["app-2"], .error,
                    "app-2 has no write path while its peer app-1 writes to db-1: writes fail whenever a request lands on app-2")
            ])
    }

    /// An application that only reads (every peer alike) is a design, not a gap.
    @Test func cleanWhenNoPeerWrites() {
        expectClean(rule, CleanModel.make().with { a in a.removeFlows(["app-1->db-1:write", "app-2->db-1:write"]) })
    }

    /// Different software is a different application, not a peer.
    @Test func cleanForADifferentApplication() {
        let model = CleanModel.make().with { a in
            a.removeFlows(["app-2->db-1:write"])
            a.update("app-2") { $0.software = Software(product: "reporting", version: "1.0") }
        }
        expectClean(rule, model)
    }

    /// A worker on the same runtime as the web tier is not its peer: only servers behind the same
    /// load balancers (or behind none) are compared, and a worker's gap is about work, not requests.
    @Test func workersAreComparedWithWorkersNotWithTheBackends() {
        let model = CleanModel.make().with { a in
            for n in 1...2 {
                a.hosts.append(Host(id: "worker-host-\(n)", zone: "private"))
                a.components.append(
                    Component(
                        id: "worker-\(n)", spec: .appServer, host: "worker-host-\(n)",
                        software: a.components.first { $0.id == "app-1" }?.software))
            }
            a.flows.append(Flow(from: "worker-1", to: "db-1", protocol: "mysql", port: 3306, purpose: .write))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.missing-write-path", ["worker-2"], .error,
                    "worker-2 has no write path while its peer worker-1 writes to db-1: writes fail whenever work lands on worker-2")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}
