import Testing
import TopographModel

@testable import TopographValidation

@Suite struct AsyncReplicationWindowTests {
    let rule = AsyncReplicationWindow()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "data.async-replication-window")
    }

    @Test func flagsAsyncReplicas() {
        let model = ReferenceModels.securedAndMonitored()
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.async-replication-window", ["db-2", "db-3", "db-1"], .note,
                    "db-2 and db-3 replicate asynchronously from db-1: a failover of db-1 loses the transactions not yet replicated")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
