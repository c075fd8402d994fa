import Testing
import TopographModel

@testable import TopographValidation

@Suite struct PlaintextAfterTerminationTests {
    let rule = PlaintextAfterTermination()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.plaintext-after-termination")
    }

    @Test func flagsHopAfterTermination() {
        let model = CleanModel.make().with { a in
            a.updateFlow("lb-1->web-1") {
                $0.protocol = "http"
                $0.port = 443
                $0.encrypted = false
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.plaintext-after-termination", ["lb-1", "web-1"], .error,
                    "lb-1 terminates TLS and forwards the decrypted traffic to web-1 in plaintext over http")
            ])
    }

    @Test func flagsLaterHops() {
        let model = ReferenceModels.scaleUp()
        expectFindings(
            rule, model,
            [
                // One finding for the pair, and the later hop names both places TLS ends (issue 12).
                Summary(
                    "tls.plaintext-after-termination", ["lb-1", "lb-2", "web"], .error,
                    "lb-1 and lb-2 both terminate TLS and forward the decrypted traffic to web in plaintext over http"),
                Summary(
                    "tls.plaintext-after-termination", ["web", "app"], .error,
                    "web forwards traffic decrypted at lb-1 and lb-2 to app in plaintext over http"),
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.distributed())
    }
}
