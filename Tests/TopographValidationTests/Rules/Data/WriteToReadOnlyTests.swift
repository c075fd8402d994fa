import Testing
import TopographModel

@testable import TopographValidation

@Suite struct WriteToReadOnlyTests {
    let rule = WriteToReadOnly()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "data.write-to-read-only")
    }

    @Test func flagsWriteToReplica() {
        let model = CleanModel.make().with { a in
            a.flows.append(flow("app-1", "db-2", "mysql+tls", 3306, .write))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "data.write-to-read-only", ["db-2", "app-1"], .error,
                    "app-1 sends writes to db-2, which is read-only (writes belong on db-1)")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
