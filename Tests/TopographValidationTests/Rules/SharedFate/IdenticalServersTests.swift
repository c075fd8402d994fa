import Testing
import TopographModel

@testable import TopographValidation

@Suite struct IdenticalServersTests {
    let rule = IdenticalServers()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "shared-fate.identical-servers")
    }

    @Test func flagsIdenticalServers() {
        let model = ReferenceModels.securedAndMonitored()
        expectFindings(
            rule, model,
            [
                Summary(
                    "shared-fate.identical-servers", ["server-1", "server-2", "server-3"], .warning,
                    "server-1, server-2 and server-3 all run the same components and versions: one vulnerability or bad release hits every server at once"
                )
            ])
    }

    @Test func flagsTwoIdenticalServers() {
        let model = ReferenceModels.distributed()
        expectFindings(
            rule, model,
            [
                Summary(
                    "shared-fate.identical-servers", ["server-1", "server-2"], .warning,
                    "server-1 and server-2 both run the same components and versions: one vulnerability or bad release hits every server at once"
                )
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.scaleUp())
    }
}

/// The load balancer on a host of its own is not one of the servers compared (issue 12: most
/// three-server designs put it there, and both rules stayed silent).
@Suite struct LoadBalancerOnItsOwnHostTests {
    static func model() -> Architecture {
        var components: [Component] = [
            .client("user"),
            Component(
                id: "lb", spec: .loadBalancer(LoadBalancerSpec(backends: ["web-1", "web-2"])), host: "lb-host",
                software: Software(product: "HAProxy", version: "2.8"), ports: [443]),
        ]
        for n in 1...2 {
            components += [
                .web("web-\(n)", host: "server-\(n)"), .app("app-\(n)", host: "server-\(n)"),
                .db("db-\(n)", host: "server-\(n)", role: n == 1 ? .primary : .replica, from: n == 1 ? nil : "db-1"),
            ]
        }
        return Architecture(
            name: "lb-host",
            zones: [Zone(id: "internet", kind: .internet), Zone(id: "dmz", kind: .dmz), Zone(id: "private", kind: .private)],
            hosts: [Host(id: "lb-host", zone: "dmz"), Host(id: "server-1", zone: "private"), Host(id: "server-2", zone: "private")],
            components: components)
    }

    @Test func identicalServersStillFire() {
        let findings = IdenticalServers().check(ValidationContext(Self.model(), today: "2026-01-01"))
        #expect(findings.map(\.elements) == [["server-1", "server-2"]])
    }

    @Test func tiersShareHostsFiresWhenTheServersDiffer() {
        var a = Self.model()
        a.components = a.components.map { c in
            var c = c
            if c.id == "web-2" { c.software = Software(product: "nginx", version: "1.25") }
            return c
        }
        let findings = TiersShareHosts().check(ValidationContext(a, today: "2026-01-01"))
        #expect(findings.map(\.elements) == [["server-1", "server-2"]])
    }
}
