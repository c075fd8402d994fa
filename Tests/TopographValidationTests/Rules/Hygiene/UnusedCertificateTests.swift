import Testing
import TopographModel

@testable import TopographValidation

@Suite struct UnusedCertificateTests {
    let rule = UnusedCertificate()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "hygiene.unused-certificate")
    }

    @Test func flagsUnusedCertificate() {
        let model = CleanModel.make().with { a in
            a.certificates.append(Certificate(id: "old-cert", subject: "old.foobar.com"))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "hygiene.unused-certificate", ["old-cert"], .warning,
                    "old-cert (old.foobar.com) is installed nowhere and no TLS endpoint presents it")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
