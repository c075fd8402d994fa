import Testing
import TopographModel

@testable import TopographValidation

@Suite struct BackendTLSContradictionTests {
    let rule = BackendTLSContradiction()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.backend-tls-contradiction")
    }

    @Test func flagsTLSBackendReceivingPlaintext() {
        let model = CleanModel.make().with { a in
            for lb in ["lb-1", "lb-2"] {
                a.updateFlow("\(lb)->web-1") {
                    $0.protocol = "http"
                    $0.encrypted = false
                }
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.backend-tls-contradiction", ["web-1"], .warning,
                    "web-1 declares TLS termination with internal-cert but receives only plaintext http from lb-1 and lb-2")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
