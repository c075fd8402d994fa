import Testing
import TopographModel

@testable import TopographValidation

/// What a rule test pins down about a finding: rule id, elements, severity and message.
struct Summary: Equatable, CustomStringConvertible {
    let ruleID: String
    let elements: [ElementID]
    let severity: Severity
    let message: String

    init(_ ruleID: String, _ elements: [ElementID], _ severity: Severity, _ message: String) {
        self.ruleID = ruleID
        self.elements = elements
        self.severity = severity
        self.message = message
    }

    init(_ f: Finding) { self.init(f.ruleID, f.elements, f.severity, f.message) }

    var description: String { "\(ruleID) \(elements) \(severity): \(message)" }
}

/// Checks `rule` finds exactly `expected` in `model`, and that every finding is well formed:
/// located at its first element, with evidence and a recommendation.
func expectFindings(
    _ rule: some Rule, _ model: Architecture, today: String = "2026-01-01", _ expected: [Summary],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let located = model.located()
    let findings = rule.check(ValidationContext(located, today: today))
    #expect(findings.map(Summary.init) == expected, sourceLocation: sourceLocation)
    for f in findings {
        #expect(f.ruleID == rule.descriptor.id, sourceLocation: sourceLocation)
        #expect(f.location == located.sources[f.elements[0]], sourceLocation: sourceLocation)
        #expect(!f.evidence.isEmpty && !f.recommendation.isEmpty, sourceLocation: sourceLocation)
    }
}

/// Checks `rule` has nothing to say about `model` (by default the clean model).
func expectClean(
    _ rule: some Rule, _ model: Architecture = CleanModel.make(), today: String = "2026-01-01",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let findings = rule.check(ValidationContext(model.located(), today: today))
    #expect(findings.isEmpty, "unexpected: \(findings.map(Summary.init))", sourceLocation: sourceLocation)
}
