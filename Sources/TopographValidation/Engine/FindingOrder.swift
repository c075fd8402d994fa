import TopographModel

/// The one deterministic order of findings: severity (errors first), then where to change the
/// model, then rule id, elements and message, so equal inputs always print identically.
enum FindingOrder {
    static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted(by: precedes)
    }

    static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        let la = a.location ?? SourceLocation(file: "", line: 0, column: 0)
        let lb = b.location ?? SourceLocation(file: "", line: 0, column: 0)
        if la != lb { return la < lb }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        if a.elements != b.elements { return a.elements.lexicographicallyPrecedes(b.elements) }
        if a.message != b.message { return a.message < b.message }
        if a.evidence != b.evidence { return a.evidence.lexicographicallyPrecedes(b.evidence) }
        return a.recommendation < b.recommendation
    }
}
