import TopographModel

/// One check of the catalogue: a stable descriptor and a pure function from the shared facts of a
/// model to findings. Rules never throw and never print; the validator sorts what they return.
protocol Rule: Sendable {
    /// The catalogue entry: stable id, category, default severity, title, rationale, remedies.
    var descriptor: RuleDescriptor { get }
    func check(_ context: ValidationContext) -> [Finding]
}

extension Rule {
    /// A finding of this rule at its default severity, located at the first element's declaration.
    func finding(
        _ context: ValidationContext, _ message: String, elements: [ElementID], evidence: [String] = [],
        recommendation: String, severity: Severity? = nil
    ) -> Finding {
        Finding(
            ruleID: descriptor.id, severity: severity ?? descriptor.defaultSeverity, message: message,
            elements: elements, evidence: evidence, recommendation: recommendation,
            location: elements.lazy.compactMap { context.architecture.sources[$0] }.first)
    }
}
