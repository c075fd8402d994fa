import Testing
import TopographModel

@testable import TopographValidation

@Suite struct ReplicaWithoutSourceTests {
    let rule = ReplicaWithoutSource()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "data.replica-without-source")
    }

    @Test func flagsOrphanReplica() {
        let model = CleanModel.make().with { a in
            a.update("db-2") { $0.spec = .database(DatabaseSpec(engine: "mysql", role: .replica, readOnly: true)) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.replica-without-source", ["db-2"], .error,
                    "db-2 is a replica but replicates from no database")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
