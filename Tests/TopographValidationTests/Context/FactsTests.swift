import Testing
import TopographModel

@testable import TopographValidation

@Suite struct FactsTests {
    @Test func tlsTerminationAndPlaintextRegion() {
        let c = ValidationContext(ReferenceModels.scaleUp(), today: "2026-01-01")
        #expect(c.tls.terminationPoints == ["lb-1", "lb-2"])
        #expect(c.tls.decryptedAt["web"] == "lb-1")
        #expect(c.tls.decryptedAt["app"] == "lb-1")
        #expect(c.tls.decryptedAt["db"] == nil)  // database flows are read/write, judged by the database rules
        #expect(c.reach.pathText(to: "app") == "user -> lb-1 -> web -> app")
    }

    @Test func passthroughMovesTerminationInward() {
        let model = ReferenceModels.scaleUp().with { a in
            for lb in ["lb-1", "lb-2"] {
                a.update(ElementID(lb)) { $0.tls = TLSEndpoint(mode: .passthrough) }
                a.updateFlow("\(lb)->web") {
                    $0.protocol = "https"
                    $0.port = 443
                    $0.encrypted = true
                }
            }
        }
        let c = ValidationContext(model, today: "2026-01-01")
        #expect(c.tls.terminationPoints == ["web"])
        #expect(c.tls.decryptedAt["app"] == "web")
    }

    @Test func replicationGroupsAndWriteNodes() {
        let c = ValidationContext(ReferenceModels.securedAndMonitored(), today: "2026-01-01")
        #expect(c.replication.groups.count == 1)
        #expect(c.replication.groups[0].members.map(\.id) == ["db-1", "db-2", "db-3"])
        #expect(c.replication.groups[0].writeNodes.map(\.id) == ["db-1"])
        #expect(c.replication.replicas["db-1"]?.map(\.id) == ["db-2", "db-3"])
    }

    @Test func singlePointsOfFailure() {
        let secured = ValidationContext(ReferenceModels.securedAndMonitored(), today: "2026-01-01").failure
        #expect(secured.singlePoints.map(\.unit) == ["lb"])
        #expect(secured.singlePoints.map(\.path) == [.usersToApplication])
        let scaleUp = ValidationContext(ReferenceModels.scaleUp(), today: "2026-01-01").failure
        #expect(scaleUp.singlePoints.map(\.unit) == ["web-server", "app-server", "db"])
        #expect(scaleUp.singlePoints.last?.path == .onlyCopyOfData)
        #expect(ValidationContext(CleanModel.make(), today: "2026-01-01").failure.singlePoints.isEmpty)
    }

    @Test func sharedFateGroups() {
        let facts = ValidationContext(ReferenceModels.securedAndMonitored(), today: "2026-01-01").sharedFate
        #expect(facts.identicalGroups == [["server-1", "server-2", "server-3"]])
        #expect(facts.everyServerIdentical)
        #expect(!ValidationContext(ReferenceModels.scaleUp(), today: "2026-01-01").sharedFate.everyServerIdentical)
    }

    @Test func monitoringCoverage() {
        let c = ValidationContext(ReferenceModels.securedAndMonitored(), today: "2026-01-01")
        #expect(c.monitoring.exists)
        #expect(c.monitoring.watches(c.component("db-2")!))
        #expect(!c.monitoring.watches(c.component("lb")!))
        #expect(!ValidationContext(ReferenceModels.distributed(), today: "2026-01-01").monitoring.exists)
    }
}
