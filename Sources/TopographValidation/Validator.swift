import TopographAnalysis
import TopographModel

/// Runs every rule over a model and returns the findings, sorted. Never throws.
public enum Validator {
    /// Every rule's catalogue entry, sorted by id.
    public static var catalogue: [RuleDescriptor] {
        RuleRegistry.all.map(\.descriptor).sorted { $0.id < $1.id }
    }

    /// Runs every rule; findings sorted deterministically (severity desc, then location, rule id,
    /// elements, message); accepted risks applied (expired when `today`, `YYYY-MM-DD`, is past
    /// the risk's `expires`). The date has no default: a run with no date would never expire an
    /// acceptance nor a certificate, so every caller says which day it validates on.
    public static func validate(_ architecture: Architecture, today: String) -> [Finding] {
        let facts = ArchitectureFacts(architecture)
        let findings = validate(facts, today: today)
        Parallel.release(consume facts)
        return findings
    }

    /// The same, over facts already computed (the document and the diagram read the same ones).
    ///
    /// The rules run concurrently (a big model's 50 rules take a few hundred milliseconds on one
    /// core); each rule's findings go to its own slot, joined in catalogue order, so the result
    /// does not depend on which rule finished first.
    public static func validate(_ facts: ArchitectureFacts, today: String) -> [Finding] {
        let context = ValidationContext(facts, today: today)
        let rules = RuleRegistry.all
        let findings = Parallel.map(rules.count) { rules[$0].check(context) }.flatMap { $0 }
        return FindingOrder.sorted(AcceptedRisks.apply(facts.architecture.acceptedRisks, to: findings, today: today))
    }
}
