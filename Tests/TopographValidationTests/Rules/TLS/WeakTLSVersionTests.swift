import Testing
import TopographModel

@testable import TopographValidation

@Suite struct WeakTLSVersionTests {
    let rule = WeakTLSVersion()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.weak-min-version")
    }

    @Test func flagsTLS10() {
        let model = CleanModel.make().with { a in
            a.update("lb-1") { $0.tls?.minVersion = "TLSv1.0" }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.weak-min-version", ["lb-1"], .error,
                    "lb-1 accepts TLS TLSv1.0, older than 1.2")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(
            rule,
            CleanModel.make().with { a in
                a.update("lb-1") { $0.tls?.minVersion = "1.3" }
            })
    }
}
