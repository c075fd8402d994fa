import Testing
import TopographModel

@testable import TopographValidation

@Suite struct ReplicationCycleTests {
    let rule = ReplicationCycle()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "data.replication-cycle")
    }

    @Test func flagsCycle() {
        let model = CleanModel.make().with { a in
            a.update("db-1") { $0.spec = .database(DatabaseSpec(engine: "mysql", role: .primary, replicatesFrom: "db-2")) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.replication-cycle", ["db-1", "db-2"], .error,
                    "db-1 and db-2 replicate from each other in a cycle but are not declared multi-primary")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(
            rule,
            CleanModel.make().with { a in
                for (id, source) in [("db-1", "db-2"), ("db-2", "db-1")] {
                    a.update(ElementID(id)) {
                        $0.spec = .database(DatabaseSpec(engine: "mysql", role: .multiPrimary, replicatesFrom: ElementID(source)))
                    }
                }
            })
    }
}
