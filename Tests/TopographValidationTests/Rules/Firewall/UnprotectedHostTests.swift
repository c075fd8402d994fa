import Testing
import TopographModel

@testable import TopographValidation

@Suite struct UnprotectedHostTests {
    let rule = UnprotectedHost()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.unprotected-host")
    }

    @Test func flagsHostWithoutFirewall() {
        let model = CleanModel.make().with { a in
            a.removeComponents(["app-fw-1"])
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.unprotected-host", ["app-host-1"], .warning,
                    "app-host-1 receives traffic but no firewall covers it")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.distributed())
    }

    /// A firewall in front of a virtual IP's members covers what is sent to the address.
    @Test func cleanWithVirtualIP() {
        expectClean(rule, CleanModel.withVirtualIP())
    }

    /// What users send to the address lands on the members: they are the machines to cover.
    @Test func flagsTheMembersNotTheAddress() {
        let model = CleanModel.withVirtualIP().with { a in
            a.update("edge-fw") {
                $0.spec = .firewall(FirewallSpec(scope: .network, rules: [allow(from: "internet", 443)], protects: ["lb-2"]))
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.unprotected-host", ["lb-1"], .warning,
                    "lb-1 receives traffic but no firewall covers it")
            ])
    }

}
