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

    /// Servers that forward traffic decrypted at the same place to the same targets make one finding
    /// (one fix); a server with other targets keeps its own.
    @Test func aTierForwardingToOneTargetIsOneFinding() {
        let model = CleanModel.make().with { a in
            for n in 1...2 {
                a.updateFlow("lb-\(n)->web-1") {
                    $0.protocol = "http"
                    $0.encrypted = false
                }
            }
            for n in 1...2 {
                a.updateFlow("lb-\(n)->web-2") {
                    $0.protocol = "http"
                    $0.encrypted = false
                }
            }
            a.components.append(Component(id: "queue", spec: .messageQueue(MessageQueueSpec()), host: "db-host-1", ports: [5672]))
            a.flows += [flow("web-1", "queue", "amqp", 5672), flow("web-2", "queue", "amqp", 5672)]
        }
        let messages = rule.check(ValidationContext(model.located(), today: "2026-01-01")).map(\.message)
        #expect(messages.contains("web-1 and web-2 each forward traffic decrypted at lb-1 and lb-2 to queue in plaintext over amqp"))
        #expect(!messages.contains { $0.hasPrefix("web-1 forwards") || $0.hasPrefix("web-2 forwards") })
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.distributed())
    }
}
