import TopographAnalysis
import TopographModel

/// Every server runs several tiers, so no tier can be scaled on its own.
struct TiersShareHosts: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.tiers-share-hosts", category: "availability", defaultSeverity: .warning,
        title: "No way to scale one tier alone: all tiers share hosts",
        rationale: """
            When web, application and database run on the same machines, they compete for CPU, memory \
            and disk, and adding capacity for one tier means adding all of them.
            """,
        recommendation: "Give each tier its own hosts (web, application, database) so each scales and fails independently.")

    func check(_ context: ValidationContext) -> [Finding] {
        let hosts = context.sharedFate.tierHosts
        guard !hosts.isEmpty, !context.sharedFate.everyServerIdentical else { return [] }
        let tiersOn = hosts.map { host in
            Set(context.components(on: host).map(\.kind).filter { $0 != .loadBalancer && TierFacts.isTier($0) })
        }
        guard tiersOn.allSatisfy({ $0.count >= 2 }) else { return [] }
        let evidence = zip(hosts, tiersOn).map { "\($0) runs \(ValidationContext.list($1.map(\.title).sorted()))" }
        return [
            finding(
                context,
                "\(ValidationContext.list(hosts)) run\(hosts.count == 1 ? "s" : "") every tier together: no tier can be scaled on its own",
                elements: hosts, evidence: evidence,
                recommendation:
                    "Move the database (and then the application servers) to their own hosts so each tier scales and fails on its own.")
        ]
    }
}
