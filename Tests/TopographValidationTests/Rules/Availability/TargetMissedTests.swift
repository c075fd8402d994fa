import Testing
import TopographModel

@testable import TopographValidation

/// Figures for secured-and-monitored with the default table (see ReferenceFiguresTests for the
/// arithmetic): site 99.87%, reads 99.87%, writes 99.72%.
@Suite struct TargetMissedTests {
    let rule = TargetMissed()

    func model(_ targets: AvailabilityTargets) -> Architecture {
        var a = ReferenceModels.securedAndMonitored()
        a.availability = AvailabilitySettings(targets: targets)
        return a
    }

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.target-missed")
        #expect(rule.descriptor.defaultSeverity == .error)
    }

    @Test func missedSiteTargetNamesTheSinglePointsAndTheBestChange() {
        let findings = rule.check(ValidationContext(model(AvailabilityTargets(site: 99.95)), today: "2026-01-01"))
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.message == "The site can promise 99.87%, below its target of 99.95%")
        #expect(f.elements == ["dmz", "edge-firewall", "lb", "private"])
        #expect(f.recommendation.contains("a second load balancer next to lb (99.87% → 99.97%)"))
    }

    @Test func aTargetTheStructureMeetsIsClean() {
        expectClean(rule, model(AvailabilityTargets(site: 99.8, reads: 99.5, writes: 99.7)))
    }

    @Test func writesBelowTargetEvenAfterTheBestChangeSaySoMoreIsNeeded() {
        let findings = rule.check(ValidationContext(model(AvailabilityTargets(writes: 99.99)), today: "2026-01-01"))
        #expect(findings.map(\.message) == ["The writes can promise 99.72%, below its target of 99.99%"])
        #expect(findings.first?.recommendation.contains("more is needed to reach the target") == true)
    }

    @Test func noTargetsNoAnalysis() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}
