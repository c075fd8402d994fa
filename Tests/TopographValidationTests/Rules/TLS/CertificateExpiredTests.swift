import Testing
import TopographModel

@testable import TopographValidation

@Suite struct CertificateExpiredTests {
    let rule = CertificateExpired()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.certificate-expired")
    }

    @Test func flagsExpiredCertificates() {
        let model = CleanModel.make()
        expectFindings(
            rule, model, today: "2030-01-02",
            [
                Summary(
                    "tls.certificate-expired", ["www-cert"], .error,
                    "www-cert (www.foobar.com) expired on 2030-01-01"),
                Summary(
                    "tls.certificate-expired", ["internal-cert"], .error,
                    "internal-cert (web.internal) expired on 2030-01-01"),
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, CleanModel.make(), today: "2030-01-01")
    }
}
