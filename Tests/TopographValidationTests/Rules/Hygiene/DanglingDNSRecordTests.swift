import Testing
import TopographModel

@testable import TopographValidation

@Suite struct DanglingDNSRecordTests {
    let rule = DanglingDNSRecord()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "hygiene.dangling-dns-record")
    }

    @Test func flagsRecordWithoutTarget() {
        let model = CleanModel.make().with { a in
            a.update("www-dns") { $0.spec = .dnsRecord(DNSRecordSpec(type: .a, name: "www.foobar.com")) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "hygiene.dangling-dns-record", ["www-dns"], .error,
                    "www-dns (www.foobar.com) has no target and no value")
            ])
    }

    @Test func flagsRecordIntoPrivateZone() {
        let model = CleanModel.make().with { a in
            a.update("www-dns") { $0.spec = .dnsRecord(DNSRecordSpec(type: .a, name: "www.foobar.com", targets: ["web-1"])) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "hygiene.dangling-dns-record", ["www-dns", "web-1"], .error,
                    "www-dns points www.foobar.com at web-1 in a private zone, unreachable from the internet")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.simpleWebStack())
    }
}
