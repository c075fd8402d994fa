import Testing
import TopographModel

@testable import TopographValidation

@Suite struct PublicEntryWithoutTLSTests {
    let rule = PublicEntryWithoutTLS()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.public-entry-without-tls")
    }

    @Test func flagsPlainHTTPEntry() {
        let model = CleanModel.make().with { a in
            a.updateFlow("user->lb-1") {
                $0.protocol = "http"
                $0.port = 80
                $0.encrypted = false
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.public-entry-without-tls", ["lb-1"], .error,
                    "lb-1 is reached from the internet over http only: nothing users send is encrypted")
            ])
    }

    @Test func flagsSimpleWebStack() {
        let model = ReferenceModels.simpleWebStack()
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.public-entry-without-tls", ["web"], .error,
                    "web is reached from the internet over http only: nothing users send is encrypted")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(
            rule,
            CleanModel.make().with { a in
                a.flows.append(flow("user", "lb-1", "http", 80))
            })
    }
}
