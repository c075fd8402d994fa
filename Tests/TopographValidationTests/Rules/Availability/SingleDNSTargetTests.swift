import Testing
import TopographModel

@testable import TopographValidation

@Suite struct SingleDNSTargetTests {
    let rule = SingleDNSTarget()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.single-dns-target")
    }

    @Test func flagsRecordMissingActivePeer() {
        let model = CleanModel.make().with { a in
            a.update("www-dns") { $0.spec = .dnsRecord(DNSRecordSpec(type: .a, name: "www.foobar.com", targets: ["lb-1"])) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-dns-target", ["www-dns", "lb-1"], .warning,
                    "www-dns resolves www.foobar.com to lb-1 only, so its active-active peers lb-2 receive no traffic")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }

    @Test func clean3() {
        expectClean(
            rule,
            CleanModel.make().with { a in
                a.update("www-dns") { $0.spec = .dnsRecord(DNSRecordSpec(type: .a, name: "www.foobar.com", targets: ["lb-1"])) }
                for lb in ["lb-1", "lb-2"] {
                    a.update(ElementID(lb)) {
                        $0.spec = .loadBalancer(
                            LoadBalancerSpec(mode: .activePassive, cluster: [lb == "lb-1" ? "lb-2" : "lb-1"], backends: ["web-1", "web-2"]))
                    }
                }
            })
    }
}
