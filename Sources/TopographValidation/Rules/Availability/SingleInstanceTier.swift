import TopographAnalysis
import TopographModel

/// A tier (load balancers, web, application, cache) with one instance, not already reported as a
/// single point of failure of the request path.
struct SingleInstanceTier: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.single-instance-tier", category: "availability", defaultSeverity: .warning,
        title: "Tier has fewer than two instances",
        rationale: "A tier with one instance goes down with its machine, and every deploy or patch of it is an outage.",
        recommendation: "Run at least two instances of every tier on different hosts, behind a load balancer with health checks.")

    func check(_ context: ValidationContext) -> [Finding] {
        TierFacts.instanceKinds.compactMap { kind -> Finding? in
            guard let members = context.tiers.members[kind], members.count == 1, let only = members.first,
                !context.failure.singlePointUnits.contains(context.unit(of: only.id))
            else { return nil }
            return finding(
                context, "The \(kind.title) tier has one instance, \(only.id): it fails with \(context.unit(of: only.id))",
                elements: [only.id], evidence: ["\(kind.title) instances: \(only.id)"],
                recommendation: "Add a second \(kind.title) next to \(only.id) on another host.")
        }
    }
}
