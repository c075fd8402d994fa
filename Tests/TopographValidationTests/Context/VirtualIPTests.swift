import Testing
import TopographAnalysis
import TopographModel

@testable import TopographValidation

/// Traffic to a virtual IP is served by its members: every fact that follows traffic follows it
/// on to them, and the address itself is no machine (issue 12).
@Suite struct VirtualIPTests {
    let model = CleanModel.withVirtualIP()

    /// A clean design whose front end is a keepalived pair behind one address gets no finding
    /// (before: the address was a single point of failure, an unprotected machine, and the
    /// members were never reached, so nothing terminated TLS).
    @Test func cleanDesignBehindAVirtualIPLintsClean() {
        let findings = Validator.validate(model, today: "2026-01-01")
        #expect(findings.isEmpty, "unexpected: \(findings.map(Summary.init))")
    }

    @Test func membersAreReachedAndTerminateTLS() {
        let facts = ArchitectureFacts(model)
        #expect(facts.reach.reached.isSuperset(of: ["www-vip", "lb-1", "lb-2", "web-1", "app-1"]))
        #expect(facts.tls.terminationPoints == ["lb-1", "lb-2", "web-1", "app-1", "web-2", "app-2"])
        #expect(facts.tls.endpoint("www-vip") == nil)
        #expect(facts.tls.endpoint("lb-2") == .terminates)
    }

    @Test func theAddressIsNoMachine() {
        let facts = ArchitectureFacts(model)
        let receiving = facts.exposure.receivingUnits.map(\.unit)
        #expect(!receiving.contains("www-vip"))
        #expect(receiving.contains("lb-1") && receiving.contains("lb-2"))
        #expect(facts.failure.singlePoints.isEmpty)
    }

    /// The firewall in front of the members filters what users send to the address.
    @Test func trafficToTheAddressCrossesTheMembersFirewall() {
        let facts = ArchitectureFacts(model)
        let flow = model.flows.first { $0.to == "www-vip" && $0.purpose == .request }!
        #expect(facts.firewalls.crossings(of: flow).map(\.firewall.id) == ["edge-fw"])
        var closed = model
        closed.update("edge-fw") { $0.spec = .firewall(FirewallSpec(scope: .network, rules: [], protects: ["lb-1", "lb-2"])) }
        let denial = ArchitectureFacts(closed.located()).firewalls.denial(of: flow)
        #expect(denial?.firewall.id == "edge-fw")
    }
}
