import Testing
import TopographModel

@testable import TopographValidation

@Suite struct RedundancyInOneFailureDomainTests {
    let rule = RedundancyInOneFailureDomain()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "shared-fate.redundancy-in-one-failure-domain")
    }

    /// Hosts numbered 1 in eu-1a, 2 in eu-1b, except those `override` places elsewhere.
    static func placed(_ override: [ElementID: FailureDomain] = [:]) -> Architecture {
        CleanModel.make().with { a in
            for i in a.hosts.indices {
                let id = a.hosts[i].id
                let zone = id.rawValue.hasSuffix("-1") ? "eu-1a" : "eu-1b"
                a.hosts[i].failureDomain = override[id] ?? FailureDomain(region: "eu-1", availabilityZone: zone, rack: "r1")
            }
        }
    }

    @Test func flagsReplicasInOneAvailabilityZone() {
        let model = Self.placed(["db-host-2": FailureDomain(region: "eu-1", availabilityZone: "eu-1a", rack: "r2")])
        expectFindings(
            rule, model,
            [
                Summary(
                    "shared-fate.redundancy-in-one-failure-domain", ["db-1", "db-2"], .warning,
                    "db-1 and db-2 (replication group of db-1) all run in availability zone eu-1/eu-1a: they fail together when it does")
            ])
    }

    /// One availability zone is a stated choice; within it the racks are spread, except the web pair.
    @Test func flagsBackendsInOneRack() {
        let rack = { (r: String) in FailureDomain(region: "eu-1", availabilityZone: "eu-1a", rack: r) }
        let model = Self.placed([
            "web-host-1": rack("r1"), "web-host-2": rack("r1"), "app-host-1": rack("r1"), "app-host-2": rack("r2"),
            "db-host-1": rack("r1"), "db-host-2": rack("r2"),
        ])
        expectFindings(
            rule, model,
            [
                Summary(
                    "shared-fate.redundancy-in-one-failure-domain", ["web-1", "web-2"], .warning,
                    "web-1 and web-2 (backends of lb-1) all run in rack eu-1/eu-1a/r1: they fail together when it does")
            ])
    }

    @Test func clean() {
        expectClean(rule, Self.placed())
        expectClean(rule, CleanModel.make())
        // Everything in one zone and one rack: nothing to spread over, so nothing to blame.
        expectClean(rule, Self.placed(Dictionary(uniqueKeysWithValues: CleanModel.make().hosts.map { ($0.id, FailureDomain(rack: "r1")) })))
    }
}
