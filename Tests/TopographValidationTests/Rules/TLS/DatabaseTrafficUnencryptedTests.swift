import Testing
import TopographModel

@testable import TopographValidation

@Suite struct DatabaseTrafficUnencryptedTests {
    let rule = DatabaseTrafficUnencrypted()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.database-traffic-unencrypted")
    }

    @Test func flagsPlaintextReplication() {
        let model = CleanModel.make().with { a in
            a.updateFlow("db-2->db-1:replication") {
                $0.protocol = "mysql"
                $0.encrypted = false
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.database-traffic-unencrypted", ["db-1", "db-2"], .warning,
                    "db-1 receives unencrypted replication from db-2 across hosts")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.simpleWebStack())
    }
}
