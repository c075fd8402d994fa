import Testing
import TopographModel

@testable import TopographValidation

@Suite struct NoReplicaTests {
    let rule = NoReplica()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "data.no-replica")
    }

    @Test func flagsLoneDatabase() {
        let model = CleanModel.make().with { a in
            a.removeComponents(["db-2"])
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.no-replica", ["db-1"], .warning,
                    "db-1 has no replica: a failure of db-host-1 loses its data since the last backup and stops every read and write")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
