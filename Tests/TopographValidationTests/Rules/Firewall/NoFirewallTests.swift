import Testing
import TopographModel

@testable import TopographValidation

@Suite struct NoFirewallTests {
    let rule = NoFirewall()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.no-firewall")
    }

    @Test func flagsDesignWithoutFirewalls() {
        let model = CleanModel.make().with { a in
            a.components.removeAll { $0.kind == .firewall }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.no-firewall",
                    ["app-host-1", "app-host-2", "db-host-1", "db-host-2", "lb-1", "lb-2", "web-host-1", "web-host-2"], .error,
                    "No firewall protects app-host-1, app-host-2, db-host-1, db-host-2, lb-1, lb-2, web-host-1 and web-host-2: every listening port is open to whatever can reach them"
                )
            ])
    }

    @Test func flagsSimpleWebStack() {
        let model = ReferenceModels.simpleWebStack()
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.no-firewall", ["server"], .error,
                    "No firewall protects server: every listening port is open to whatever can reach them")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}
