import TopographFailure
import TopographModel
import TopographModelFiles

/// What `whatif` reports: every single failure, or the one scenario asked for, and the scenarios
/// that break a capability the model requires to survive.
struct WhatIfReport {
    let analysis: FailureAnalysis
    /// The scenarios to show: the given set failing together, or every single failure.
    let scenarios: [ScenarioImpact]
    /// Whether the user named the failures (`--fail`).
    let isChosen: Bool
    /// Each scenario shown that breaks a required capability, with that capability's impact.
    let violations: [(scenario: ScenarioImpact, impact: CapabilityImpact)]

    /// Fails with a usage error naming the ids that are not failure elements of the model.
    init(analysis: FailureAnalysis, failing: [ElementID]) throws {
        self.analysis = analysis
        let unknown = analysis.unknownElements(failing)
        if !unknown.isEmpty {
            throw FailedElements.unknownError(unknown, known: analysis.analyzer.structure.units.elements.map(\.id))
        }
        isChosen = !failing.isEmpty
        scenarios = isChosen ? [analysis.scenario(failing: failing)] : analysis.singles
        violations = analysis.survivalViolations(in: scenarios).map { (scenario: $0.0, impact: $0.1) }
    }
}
