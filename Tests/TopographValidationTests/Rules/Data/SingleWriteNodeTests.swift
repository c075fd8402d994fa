import Testing
import TopographModel

@testable import TopographValidation

@Suite struct SingleWriteNodeTests {
    let rule = SingleWriteNode()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "data.single-write-node")
    }

    @Test func flagsPrimaryWithoutFailover() {
        let model = CleanModel.make().with { a in
            a.update("db-1") { $0.spec = .database(DatabaseSpec(engine: "mysql", role: .primary, failover: .manual)) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.single-write-node", ["db-1"], .error,
                    "db-1 is the only node that accepts writes: when it fails every write fails until a replica is promoted by hand")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.simpleWebStack())
    }

    @Test func clean3() {
        expectClean(rule, ReferenceModels.scaleUp())
    }
}
