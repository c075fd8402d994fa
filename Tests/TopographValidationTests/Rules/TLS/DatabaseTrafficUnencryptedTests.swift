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

    /// The fix is in the engine's own settings: a PostgreSQL design is not told to set MySQL options.
    @Test func theFixNamesTheEnginesSettings() {
        let postgres = DatabaseTrafficUnencrypted.remedy(db: "pg-1", engine: "PostgreSQL", peers: ["app-1", "pg-2"], replication: true)
        #expect(postgres.contains("hostssl-only entries in pg_hba.conf") && postgres.contains("sslmode=verify-full"))
        #expect(postgres.contains("primary_conninfo") && !postgres.contains("require_secure_transport"))
        let mysql = DatabaseTrafficUnencrypted.remedy(db: "db-1", engine: "mysql", peers: ["app-1", "db-2"], replication: true)
        #expect(
            mysql
                == "Require TLS on db-1 (require_secure_transport=ON) and connect with TLS from app-1 and db-2 (replication channels "
                + "with SOURCE_SSL=1 and SOURCE_SSL_VERIFY_SERVER_CERT=1); then mark the flows encrypted.")
        #expect(!DatabaseTrafficUnencrypted.remedy(db: "x", engine: nil, peers: ["a"], replication: false).contains("MySQL"))
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.simpleWebStack())
    }
}
