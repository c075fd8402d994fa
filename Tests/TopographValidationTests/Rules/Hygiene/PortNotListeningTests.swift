import Testing
import TopographModel

@testable import TopographValidation

@Suite struct PortNotListeningTests {
    let rule = PortNotListening()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "hygiene.port-not-listening")
    }

    @Test func flagsWrongPort() {
        let model = CleanModel.make().with { a in
            a.updateFlow("lb-1->web-1") { $0.port = 8443 }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "hygiene.port-not-listening", ["web-1", "lb-1"], .error,
                    "lb-1 connects to web-1 on port 8443, but web-1 listens on 443")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.simpleWebStack())
    }
}
