import Testing
import TopographModel

@testable import TopographValidation

@Suite struct CertificateNameMismatchTests {
    let rule = CertificateNameMismatch()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "tls.certificate-name-mismatch")
    }

    @Test func flagsUncoveredName() {
        let model = CleanModel.make().with { a in
            a.certificates[0].subject = "foobar.com"
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "tls.certificate-name-mismatch", ["www-cert", "lb-1", "www-dns"], .error,
                    "www-cert presented by lb-1 does not cover www.foobar.com, which www-dns points at lb-1"),
                Summary(
                    "tls.certificate-name-mismatch", ["www-cert", "lb-2", "www-dns"], .error,
                    "www-cert presented by lb-2 does not cover www.foobar.com, which www-dns points at lb-2"),
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(
            rule,
            CleanModel.make().with { a in
                a.certificates[0].subjectAlternativeNames = ["*.foobar.com"]
                a.certificates[0].subject = "foobar.com"
            })
    }
}
