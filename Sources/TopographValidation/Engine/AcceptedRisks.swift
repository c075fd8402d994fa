import TopographModel

/// Marks findings covered by the architecture's accepted risks.
///
/// A risk matches by rule id and, when it names an element, only findings about that element.
/// The most specific match wins (element over whole-architecture), then declaration order.
enum AcceptedRisks {
    static func apply(_ risks: [AcceptedRisk], to findings: [Finding], today: String) -> [Finding] {
        guard !risks.isEmpty else { return findings }
        let byRule = Dictionary(grouping: risks, by: \.rule)
        return findings.map { finding in
            guard let candidates = byRule[finding.ruleID] else { return finding }
            let elements = Set(finding.elements)
            let risk =
                candidates.first { $0.element.map(elements.contains) ?? false }
                ?? candidates.first { $0.element == nil }
            guard let risk else { return finding }
            var accepted = finding
            let expired = !risk.isActive(on: today)
            accepted.acceptance = Acceptance(risk: risk, isExpired: expired)
            return accepted
        }
    }
}
