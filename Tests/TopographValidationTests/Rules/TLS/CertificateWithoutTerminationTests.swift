import Testing
import TopographModel

@testable import TopographValidation

@Suite struct CertificateWithoutTerminationTests {
    let rule = CertificateWithoutTermination()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.certificate-without-termination")
    }

    @Test func flagsKeyOnNonTerminatingHost() {
        let model = CleanModel.make().with { a in
            a.certificates[0].installedOn.append("app-host-1")
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.certificate-without-termination", ["app-host-1", "www-cert"], .warning,
                    "app-host-1 holds the private key of www-cert but never terminates TLS")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}
