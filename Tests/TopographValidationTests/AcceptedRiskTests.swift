import Testing
import TopographModel

@testable import TopographValidation

@Suite struct AcceptedRiskTests {
    func secured(_ risks: [AcceptedRisk]) -> Architecture {
        var model = ReferenceModels.securedAndMonitored()
        model.acceptedRisks = risks
        return model
    }

    @Test func acceptsByRuleAndElement() {
        let reason = "internal network is a dedicated VLAN"
        let findings = Validator.validate(
            secured([AcceptedRisk(rule: "tls.backend-tls-contradiction", element: "web-2", reason: reason)]), today: "2026-01-01")
        let contradictions = findings.filter { $0.ruleID == "tls.backend-tls-contradiction" }
        #expect(contradictions.count == 3)
        let accepted = contradictions.filter { $0.acceptance != nil }
        #expect(accepted.map(\.elements) == [["web-2"]])
        #expect(accepted.first?.acceptance?.risk.reason == reason)
        #expect(accepted.first?.isActive == false)
        #expect(contradictions.filter(\.isActive).count == 2)
    }

    @Test func architectureWideAcceptanceCoversEveryFindingOfTheRule() {
        let findings = Validator.validate(
            secured([AcceptedRisk(rule: "tls.backend-tls-contradiction", reason: "known")]), today: "2026-01-01")
        #expect(findings.filter { $0.ruleID == "tls.backend-tls-contradiction" }.allSatisfy { $0.acceptance != nil })
        #expect(findings.filter { $0.ruleID != "tls.backend-tls-contradiction" }.allSatisfy { $0.acceptance == nil })
    }

    @Test func elementNotInFindingDoesNotMatch() {
        let findings = Validator.validate(
            secured([AcceptedRisk(rule: "data.single-write-node", element: "db-2", reason: "x")]), today: "2026-01-01")
        #expect(findings.first { $0.ruleID == "data.single-write-node" }?.acceptance == nil)
    }

    @Test func expiryIsComparedWithToday() {
        let risk = AcceptedRisk(
            rule: "availability.single-point-of-failure", element: "lb", reason: "second LB in Q3", expires: "2026-09-30")
        func spof(today: String) -> Finding? {
            Validator.validate(secured([risk]), today: today).first { $0.ruleID == "availability.single-point-of-failure" }
        }
        #expect(spof(today: "2026-09-30")?.acceptance?.isExpired == false)  // last day still holds
        #expect(spof(today: "2026-09-30")?.isActive == false)
        #expect(spof(today: "2026-10-01")?.acceptance?.isExpired == true)
        #expect(spof(today: "2026-10-01")?.isActive == true)
    }

    @Test func elementSpecificAcceptanceWinsOverArchitectureWide() {
        let specific = AcceptedRisk(rule: "availability.single-point-of-failure", element: "lb", reason: "specific", expires: "2020-01-01")
        let general = AcceptedRisk(rule: "availability.single-point-of-failure", reason: "general")
        let finding = Validator.validate(secured([general, specific]), today: "2026-01-01")
            .first { $0.ruleID == "availability.single-point-of-failure" }
        #expect(finding?.acceptance?.risk.reason == "specific")
        #expect(finding?.isActive == true)
    }
}
