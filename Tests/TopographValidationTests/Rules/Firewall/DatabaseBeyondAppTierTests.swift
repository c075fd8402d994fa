import Testing
import TopographModel

@testable import TopographValidation

@Suite struct DatabaseBeyondAppTierTests {
    let rule = DatabaseBeyondAppTier()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.database-beyond-app-tier")
    }

    @Test func flagsWebServerReadingTheDatabase() {
        let model = CleanModel.make().with { a in
            a.flows.append(flow("web-1", "db-2", "mysql+tls", 3306, .read))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.database-beyond-app-tier", ["db-2", "web-1"], .warning,
                    "db-2 is reached directly by web-1, not only by the application tier")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
