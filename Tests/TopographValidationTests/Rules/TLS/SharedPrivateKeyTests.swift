import Testing
import TopographModel

@testable import TopographValidation

@Suite struct SharedPrivateKeyTests {
    let rule = SharedPrivateKey()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.shared-private-key")
    }

    @Test func flagsKeyAcrossTiers() {
        let model = CleanModel.make().with { a in
            a.certificates[0].installedOn.append("web-1")
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.shared-private-key", ["www-cert", "lb-1", "lb-2", "web-1"], .warning,
                    "The private key of www-cert is copied onto 3 machines (lb-1, lb-2 and web-1) across load balancer and web server tiers"
                )
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.scaleUp())
    }
}
