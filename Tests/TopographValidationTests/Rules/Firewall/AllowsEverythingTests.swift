import Testing
import TopographModel

@testable import TopographValidation

@Suite struct AllowsEverythingTests {
    let rule = AllowsEverything()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.allows-everything")
    }

    @Test func flagsAllowAnyRule() {
        let model = CleanModel.make().with { a in
            a.update("web-fw-1") { $0.spec = .firewall(FirewallSpec(scope: .host, rules: [allow(from: nil)])) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.allows-everything", ["web-fw-1"], .error,
                    "web-fw-1 allows all inbound traffic to host web-host-1")
            ])
    }

    @Test func flagsDefaultAllow() {
        let model = CleanModel.make().with { a in
            a.update("web-fw-1") {
                $0.spec = .firewall(FirewallSpec(scope: .host, defaultIngress: .allow, rules: [allow(from: "dmz", 443)]))
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.allows-everything", ["web-fw-1"], .error,
                    "web-fw-1 allows all inbound traffic to host web-host-1")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(
            rule,
            CleanModel.make().with { a in
                a.update("web-fw-1") {
                    $0.spec = .firewall(FirewallSpec(scope: .host, rules: [deny(from: "10.0.0.0/8"), allow(from: "any")]))
                }
            })
    }
}
