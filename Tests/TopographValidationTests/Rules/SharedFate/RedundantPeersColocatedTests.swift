import Testing
import TopographModel

@testable import TopographValidation

@Suite struct RedundantPeersColocatedTests {
    let rule = RedundantPeersColocated()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "shared-fate.redundant-peers-colocated")
    }

    @Test func flagsReplicaOnThePrimaryHost() {
        let model = CleanModel.make().with { a in
            a.update("db-2") { $0.host = "db-host-1" }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "shared-fate.redundant-peers-colocated", ["db-1", "db-2"], .error,
                    "db-1 and db-2 (replication group of db-1) all run on db-host-1: they fail together")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}
