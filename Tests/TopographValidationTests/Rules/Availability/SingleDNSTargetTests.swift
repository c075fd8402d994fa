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

    /// One record naming one virtual IP that two load balancers answer on is the redundant design.
    @Test func cleanWithVirtualIP() {
        expectClean(rule, CleanModel.withVirtualIP())
    }

    /// An active-active pair of which the address lists one: the other never gets traffic.
    @Test func flagsVirtualIPWithOneMember() {
        let model = CleanModel.withVirtualIP().with { a in
            a.update("www-vip") { $0.spec = .virtualIP(VirtualIPSpec(members: ["lb-1"], mode: .activeActive)) }
            for (lb, peer) in [("lb-1", "lb-2"), ("lb-2", "lb-1")] {
                a.update(ElementID(lb)) {
                    $0.spec = .loadBalancer(
                        LoadBalancerSpec(mode: .activeActive, cluster: [ElementID(peer)], backends: ["web-1", "web-2"]))
                }
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-dns-target", ["www-dns", "www-vip"], .warning,
                    "www-dns resolves www.foobar.com to virtual IP www-vip, which only lb-1 serves, so lb-1's active-active peers lb-2 receive no traffic"
                )
            ])
    }

}
