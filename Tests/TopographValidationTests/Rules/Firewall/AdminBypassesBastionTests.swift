import Testing
import TopographModel

@testable import TopographValidation

@Suite struct AdminBypassesBastionTests {
    let rule = AdminBypassesBastion()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.admin-bypasses-bastion")
    }

    @Test func flagsDirectSSHAroundTheBastion() {
        let model = CleanModel.withBastion().with { a in a.flows.append(flow("admin", "app-1", "ssh", 22, .admin)) }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.admin-bypasses-bastion", ["app-1", "admin"], .warning,
                    "admin opens ssh to app-1 directly instead of through bastion")
            ])
    }

    @Test func clean() {
        expectClean(rule, CleanModel.withBastion())
        // A dashboard over the VPN is no remote session.
        expectClean(rule, CleanModel.withBastion().with { a in a.flows.append(flow("admin", "sumo", "https", 443, .admin)) })
        // Without a bastion there is nothing to bypass (sensitive-port-exposed judges the exposure).
        expectClean(rule, CleanModel.make().with { a in a.flows.append(flow("web-1", "app-1", "ssh", 22, .admin)) })
    }
}
