import Testing
import TopographModel

@testable import TopographValidation

@Suite struct BlocksRequiredFlowTests {
    let rule = BlocksRequiredFlow()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.blocks-required-flow")
    }

    @Test func flagsDeniedIngress() {
        let model = CleanModel.make().with { a in
            a.update("app-fw-1") {
                $0.spec = .firewall(FirewallSpec(scope: .host, rules: [deny(from: "web-1", 8000), allow(from: "private", 8000)]))
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.blocks-required-flow", ["app-fw-1", "web-1", "app-1"], .error,
                    "app-fw-1 blocks web-1 -> app-1 (https port 8000), which the design needs")
            ])
    }

    @Test func flagsBlockedAgentEgress() {
        let model = CleanModel.make().with { a in
            a.update("db-fw-2") {
                $0.spec = .firewall(
                    FirewallSpec(
                        scope: .host, defaultEgress: .deny,
                        rules: [
                            allow(from: "private", 3306),
                            FirewallRule(action: .allow, direction: .egress, peer: "db-1", ports: [PortRange(3306)]),
                        ]))
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.blocks-required-flow", ["db-fw-2", "db-agent-2", "sumo"], .error,
                    "db-fw-2 blocks db-agent-2 -> sumo (https port 443), which the design needs")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}
