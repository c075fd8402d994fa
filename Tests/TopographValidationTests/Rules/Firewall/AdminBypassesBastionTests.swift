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
                    "admin administers app-1 directly, bypassing the bastion bastion")
            ])
    }

    @Test func clean() {
        expectClean(rule, CleanModel.withBastion())
        // Without a bastion there is nothing to bypass (sensitive-port-exposed judges the exposure).
        expectClean(rule, CleanModel.make().with { a in a.flows.append(flow("web-1", "app-1", "ssh", 22, .admin)) })
    }
}
