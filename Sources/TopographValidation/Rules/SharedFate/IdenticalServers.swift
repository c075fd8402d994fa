import TopographAnalysis
import TopographModel

/// Every server runs the same components at the same versions.
struct IdenticalServers: Rule {
    let descriptor = RuleDescriptor(
        id: "shared-fate.identical-servers", category: "shared-fate", defaultSeverity: .warning,
        title: "Every server runs the same components and versions",
        rationale: """
            Redundancy only protects against independent failures. When every server runs the same \
            stack at the same versions, one vulnerability, one bad release or one bad configuration push \
            hits them all at once, and the web, application and database tiers fail together.
            """,
        recommendation: """
            Separate the tiers onto their own hosts, roll out changes in waves (canary one server first), \
            and consider diversity (different versions or builds) for the tier whose failure hurts most.
            """)

    func check(_ context: ValidationContext) -> [Finding] {
        guard context.sharedFate.everyServerIdentical, let hosts = context.sharedFate.identicalGroups.first else { return [] }
        let software = context.sharedFate.signatureText[hosts[0]] ?? []
        let tiers = Set(context.components(on: hosts[0]).map(\.kind).filter(TierFacts.isTier))
        guard tiers.count >= 2 else { return [] }
        return [
            finding(
                context,
                "\(ValidationContext.list(hosts)) \(hosts.count == 2 ? "both" : "all") run the same components and versions: one vulnerability or bad release hits every server at once",
                elements: hosts, evidence: ["each runs: \(software.joined(separator: ", "))"],
                recommendation: """
                    Separate the web, application and database tiers onto their own hosts, upgrade \
                    \(ValidationContext.list(hosts)) in waves (one canary first), and consider different versions \
                    or builds for the database tier.
                    """)
        ]
    }
}
