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

/// An operator on a known network (a VPN or office range) reaching SSH is not internet exposure
/// (issue 12: `admin -> sshd:22` from a VPN zone admitting only 203.0.113.0/24 was an error).
@Suite struct AdminFromKnownNetworkTests {
    let rule = SensitivePortExposed()

    func model(adminZone: Zone, spec: ComponentSpec = .bastion) -> Architecture {
        Architecture(
            name: "admin",
            zones: [adminZone, Zone(id: "private", kind: .private)],
            hosts: [Host(id: "bastion-host", zone: "private")],
            components: [
                Component(id: "admin", spec: .client, zone: adminZone.id),
                Component(id: "sshd", spec: spec, host: "bastion-host", ports: [22]),
                .hostFirewall("fw", host: "bastion-host", [allow(from: "203.0.113.0/24", 22)]),
            ],
            flows: [Flow(from: "admin", to: "sshd", protocol: "ssh", purpose: .admin)])
    }

    @Test func operatorOnAKnownNetworkIsNotTheInternet() {
        expectClean(rule, model(adminZone: Zone(id: "vpn", kind: .external, networks: ["203.0.113.0/24"])))
    }

    /// A server (not a bastion) whose SSH an operator somewhere on the internet reaches is exposed.
    @Test func operatorOnTheInternetStillIs() {
        expectFindings(
            rule, model(adminZone: Zone(id: "internet", kind: .internet), spec: .generic(GenericSpec(role: "app server"))),
            [
                Summary(
                    "firewall.sensitive-port-exposed", ["sshd"], .error, "sshd's SSH port 22 is reachable from the internet")
            ])
    }

    /// A bastion is meant to be reached; whether any internet host may is
    /// firewall.bastion-open-to-internet, and this one admits only 203.0.113.0/24.
    @Test func bastionIsJudgedByItsOwnRule() {
        let internet = model(adminZone: Zone(id: "internet", kind: .internet))
        expectClean(rule, internet)
        expectClean(BastionOpenToInternet(), internet)
    }
}
