import Testing
import TopographModel

@testable import TopographValidation

@Suite struct WritableReplicaTests {
    let rule = WritableReplica()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "data.writable-replica")
    }

    @Test func flagsWritableReplica() {
        let model = CleanModel.make().with { a in
            a.update("db-2") { $0.spec = .database(DatabaseSpec(engine: "mysql", role: .replica, replicatesFrom: "db-1", readOnly: false)) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.writable-replica", ["db-2"], .warning,
                    "db-2 is a replica of db-1 but accepts writes")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
