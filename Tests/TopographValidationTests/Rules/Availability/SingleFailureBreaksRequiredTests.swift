import Testing
import TopographModel

@testable import TopographValidation

@Suite struct SingleFailureBreaksRequiredTests {
    let rule = SingleFailureBreaksRequired()

    func model(_ mustSurvive: [Capability]) -> Architecture {
        var a = ReferenceModels.securedAndMonitored()
        a.availability = AvailabilitySettings(mustSurvive: mustSurvive)
        return a
    }

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.single-failure-breaks-required")
    }

    @Test func theSiteMustSurvive() {
        let findings = rule.check(ValidationContext(model([.site]), today: "2026-01-01"))
        // Network zones are the design's frame, not redundant units: their rows stay in whatif.
        #expect(findings.map(\.elements) == [["edge-firewall"], ["lb"]])
        let lb = findings.first { $0.elements == ["lb"] }
        #expect(lb?.message == "Losing lb breaks the site, which the design requires to survive any single failure")
        #expect(lb?.evidence.first?.hasPrefix("site if lb fails: users cannot reach the site") == true)
    }

    /// A manual failover stops writes until a person acts: that does not survive.
    @Test func writesWithManualFailoverDoNotSurviveThePrimary() {
        let findings = rule.check(ValidationContext(model([.writes]), today: "2026-01-01"))
        #expect(findings.map(\.elements).contains(["db-1"]))
        #expect(findings.map(\.elements).contains(["server-1"]))
        #expect(findings.first { $0.elements == ["db-1"] }?.recommendation.contains("automatic failover") == true)
    }

    /// With automatic failover a lost primary interrupts writes for the failover window only.
    @Test func automaticFailoverSurvives() {
        var a = model([.writes])
        a.update("db-2") { c in
            if case .database(var db) = c.spec {
                db.failover = .automatic
                c.spec = .database(db)
            }
        }
        a.update("db-1") { c in
            if case .database(var db) = c.spec {
                db.failover = .automatic
                c.spec = .database(db)
            }
        }
        let findings = rule.check(ValidationContext(a, today: "2026-01-01"))
        #expect(!findings.map(\.elements).contains(["db-1"]))
    }

    @Test func nothingRequiredIsClean() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}
