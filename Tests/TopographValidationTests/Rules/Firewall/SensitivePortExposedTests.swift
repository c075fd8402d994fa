import Testing
import TopographModel

@testable import TopographValidation

@Suite struct SensitivePortExposedTests {
    let rule = SensitivePortExposed()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.sensitive-port-exposed")
    }

    @Test func flagsDatabaseOpenToAny() {
        let model = CleanModel.make().with { a in
            a.update("db-fw-1") { $0.spec = .firewall(FirewallSpec(scope: .host, rules: [allow(from: "any", 3306)])) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.sensitive-port-exposed", ["db-fw-1", "db-1"], .error,
                    "db-1's database port 3306 is reachable from the internet through db-fw-1")
            ])
    }

    @Test func flagsSSHOpenToTheInternet() {
        let model = CleanModel.make().with { a in
            a.update("app-1") { $0.ports.append(22) }
            a.update("app-fw-1") {
                $0.spec = .firewall(FirewallSpec(scope: .host, rules: [allow(from: "private", 8000), allow(from: "0.0.0.0/0", 22)]))
            }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.sensitive-port-exposed", ["app-fw-1", "app-1"], .error,
                    "app-1's SSH port 22 is reachable from the internet through app-fw-1")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(
            rule,
            CleanModel.make().with { a in
                a.update("db-fw-1") { $0.spec = .firewall(FirewallSpec(scope: .host, rules: [allow(from: "10.0.0.0/8", 3306)])) }
            })
    }
}

extension SensitivePortExposedTests {
    /// Internet traffic has to pass every firewall in front of the port; one that drops it is enough.
    @Test func networkFirewallInFrontStillProtects() {
        let model = CleanModel.make().with { a in
            a.update("db-fw-1") { $0.spec = .firewall(FirewallSpec(scope: .host, rules: [allow(from: "any", 3306)])) }
            a.components.append(.networkFirewall("core-fw", zone: "private", protects: ["private"], [allow(from: "dmz", 443)]))
        }
        expectClean(rule, model)
    }
}
