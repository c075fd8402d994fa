import Testing
import TopographModel
import TopographTestSupport

@testable import TopographValidation

@Suite struct FirewallFactsTests {
    func context(_ edit: (inout Architecture) -> Void = { _ in }) -> ValidationContext {
        ValidationContext(CleanModel.make().with(edit), today: "2026-01-01")
    }

    @Test func coverageCombinesHostNetworkAndZoneFirewalls() {
        let c = context { a in a.components.append(.networkFirewall("core-fw", zone: "private", protects: ["private"], [])) }
        #expect(c.firewalls.covering("db-1").map(\.id) == ["db-fw-1", "core-fw"])
        #expect(c.firewalls.covering("db-host-1").map(\.id) == ["db-fw-1", "core-fw"])
        #expect(c.firewalls.covering("lb-1").map(\.id) == ["edge-fw"])
        #expect(c.firewalls.covering("user").isEmpty)
    }

    @Test func firstMatchingRuleWins() {
        let c = context { a in
            a.update("app-fw-1") {
                $0.spec = .firewall(FirewallSpec(scope: .host, rules: [allow(from: "web-1", 8000), deny(from: "private", 8000)]))
            }
        }
        let flow = c.architecture.flows.first { $0.id == "web-1->app-1" }!
        #expect(c.firewalls.denial(of: flow) == nil)
        let fromOther = Flow(from: "web-2", to: "app-1", protocol: "https", port: 8000)
        #expect(
            c.firewalls.denial(of: fromOther).map(ValidationContext.describe)
                == "app-fw-1 ingress rule 2: deny ingress from private tcp 8000")
    }

    @Test func defaultPolicyAppliesWhenNoRuleMatches() {
        let c = context()
        let flow = Flow(from: "web-1", to: "db-1", protocol: "mysql", port: 9999)
        #expect(c.firewalls.denial(of: flow).map(ValidationContext.describe) == "db-fw-1 default ingress policy: deny (no rule matches)")
    }

    @Test func addressesAreAssumedToMatch() {
        let c = context { a in
            a.update("app-fw-1") { $0.spec = .firewall(FirewallSpec(scope: .host, rules: [allow(from: "10.1.0.0/16", 8000)])) }
        }
        let flow = c.architecture.flows.first { $0.id == "web-1->app-1" }!
        #expect(c.firewalls.denial(of: flow) == nil)
        #expect(FirewallRule.peer("any", covers: "user", index: c.index))
        #expect(!FirewallRule.peer("lb-1", covers: "user", index: c.index))
        #expect(c.firewalls.admitsInternet("internet") && c.firewalls.admitsInternet(nil) && !c.firewalls.admitsInternet("10.0.0.0/8"))
    }

    @Test func trafficInsideOneNetworkSegmentDoesNotCrossItsFirewall() {
        // lb-1 and lb-2 sit behind edge-fw, which only admits 443 from the internet.
        let c = context()
        let peer = Flow(from: "lb-1", to: "lb-2", protocol: "https", port: 7000)
        #expect(c.firewalls.denial(of: peer) == nil)
    }

    @Test func sameHostTrafficIsNeverFiltered() {
        let c = context()
        let local = Flow(from: "db-agent-1", to: "db-1", protocol: "mysql", port: 12345)
        #expect(c.firewalls.denial(of: local) == nil)
    }

    @Test func egressRulesOfTheSourceApply() {
        let c = context { a in
            a.update("web-fw-1") {
                $0.spec = .firewall(
                    FirewallSpec(
                        scope: .host, defaultEgress: .allow,
                        rules: [
                            allow(from: "dmz", 443), FirewallRule(action: .deny, direction: .egress, peer: "saas"),
                        ]))
            }
        }
        let flow = c.architecture.flows.first { $0.id == "web-agent-1->sumo:metrics" }!
        #expect(c.firewalls.denial(of: flow).map(ValidationContext.describe) == "web-fw-1 egress rule 2: deny egress to saas tcp all ports")
    }
}

extension FirewallFactsTests {
    @Test func flowsWithoutAPortAreAssumedToMatchPortRules() {
        let c = context()
        let flow = Flow(from: "web-1", to: "app-1", protocol: "grpc")
        #expect(flow.port == nil)
        #expect(c.firewalls.denial(of: flow) == nil)
    }
}

extension FirewallFactsTests {
    /// Which elements a network firewall guards is written twice: `FirewallSpec.protects` asks it of
    /// one firewall, `FirewallFacts.covering` indexes it for every element at once (asking each
    /// firewall about each element would be quadratic). On random models the two agree.
    @Test func coverageIndexAgreesWithWhatEachNetworkFirewallProtects() {
        var g = SeededGenerator(seed: 31)
        var compared = 0
        for _ in 0..<300 {
            let model = RandomModelTests.randomModel(&g)
            let c = ValidationContext(model, today: "2026-03-01")
            let network = model.components.filter { $0.spec.firewall?.scope == .network }
            for id in model.hosts.map(\.id) + model.components.map(\.id) {
                let indexed = Set(c.firewalls.covering(id).map(\.id))
                for fw in network {
                    let protects = fw.spec.firewall!.protects(id, index: c.index)
                    #expect(indexed.contains(fw.id) == protects, "\(fw.id) and \(id)")
                    if protects { compared += 1 }
                }
            }
        }
        #expect(compared > 100)
    }
}
