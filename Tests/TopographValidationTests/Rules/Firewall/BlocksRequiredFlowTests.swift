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

/// A network firewall that protects several zones filters the traffic between them (issue 12:
/// before, traffic between two zones behind one firewall never crossed it).
@Suite struct NetworkFirewallBetweenZonesTests {
    let rule = BlocksRequiredFlow()

    /// app in `apps`, redis in `data`, one network firewall protecting both zones.
    func model(allowing ports: [Int]) -> Architecture {
        Architecture(
            name: "zones",
            zones: [Zone(id: "apps", kind: .private), Zone(id: "data", kind: .private)],
            hosts: [Host(id: "app-host", zone: "apps"), Host(id: "cache-host", zone: "data")],
            components: [
                Component(id: "app", spec: .appServer, host: "app-host", ports: [8000]),
                Component(id: "redis", spec: .cache(CacheSpec(engine: "redis")), host: "cache-host", ports: [6379]),
                .networkFirewall(
                    "core-fw", zone: "apps", protects: ["apps", "data"],
                    ports.map { FirewallRule(action: .allow, peer: "apps", ports: [PortRange($0)]) }),
            ],
            flows: [Flow(from: "app", to: "redis", protocol: "redis", purpose: .read)])
    }

    @Test func trafficBetweenProtectedZonesIsFiltered() {
        expectFindings(
            rule, model(allowing: [5432]),
            [
                Summary(
                    "firewall.blocks-required-flow", ["core-fw", "app", "redis"], .error,
                    "core-fw blocks app -> redis (redis port 6379), which the design needs")
            ])
    }

    @Test func allowedTrafficBetweenProtectedZonesPasses() {
        expectClean(rule, model(allowing: [6379]))
    }

    /// A network firewall filters addresses, and the components of a machine share one: listing
    /// redis in `protects` also filters SSH to redis's host (it used to pass unexamined).
    @Test func protectingAComponentFiltersTheWholeMachine() {
        var a = model(allowing: [6379])
        a.components[2] = .networkFirewall(
            "core-fw", zone: "apps", protects: ["redis"], [FirewallRule(action: .allow, peer: "apps", ports: [PortRange(6379)])])
        a.flows.append(Flow(from: "app", to: "cache-host", protocol: "ssh", port: 22, purpose: .admin))
        expectFindings(
            rule, a,
            [
                Summary(
                    "firewall.blocks-required-flow", ["core-fw", "app", "cache-host"], .error,
                    "core-fw blocks app -> cache-host (ssh port 22), which the design needs")
            ])
    }

    @Test func trafficInsideOneProtectedZoneDoesNotCrossIt() {
        var a = model(allowing: [])
        a.hosts[1].zone = "apps"
        expectClean(rule, a)
    }
}
