import Testing
import TopographModel

@testable import TopographValidation

@Suite struct CertificateNotInstalledTests {
    let rule = CertificateNotInstalled()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.certificate-not-installed")
    }

    @Test func flagsMissingInstallation() {
        let model = CleanModel.make().with { a in
            a.certificates[0].installedOn = ["lb-1"]
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.certificate-not-installed", ["lb-2", "www-cert"], .error,
                    "lb-2 presents www-cert, but www-cert is not installed on lb-2")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
