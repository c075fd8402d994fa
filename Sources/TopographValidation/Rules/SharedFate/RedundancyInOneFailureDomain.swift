import TopographAnalysis
import TopographModel

/// Redundant members on different machines that all sit in one rack, availability zone or region,
/// while the design spans several.
struct RedundancyInOneFailureDomain: Rule {
    let descriptor = RuleDescriptor(
        id: "shared-fate.redundancy-in-one-failure-domain", category: "shared-fate", defaultSeverity: .warning,
        title: "Redundant members share one failure domain",
        rationale: """
            Two machines in one rack share its power feed and top-of-rack switch; two in one availability \
            zone share its data centre. When that domain fails, every member fails together and the \
            redundancy, real against a single machine failure, is gone.
            """,
        recommendation: """
            Spread the members over the failure domains the design already uses: different racks, \
            and for load balancers and database replicas different availability zones.
            """)

    func check(_ context: ValidationContext) -> [Finding] {
        context.sharedFate.failureDomains.defeated.map { d in
            let members = ValidationContext.list(d.set.members)
            return finding(
                context,
                "\(members) (\(Self.describe(d.set.role))) all run in \(d.level.title) \(d.domain): they fail together when it does",
                elements: d.set.members,
                evidence: d.machines.map { "\($0): \(context.sharedFate.failureDomains.domains[$0]?.summary ?? "")" },
                recommendation:
                    "Move \(ValidationContext.list(d.set.members.dropFirst())) to another \(d.level.title) than \(d.domain) (the design already uses several)."
            )
        }
    }

    /// `cluster of lb-1`, `members of www-vip`.
    static func describe(_ role: RedundantSet.Role) -> String {
        switch role {
        case .backends(let lb): "backends of \(lb)"
        case .cluster(let lb): "cluster of \(lb)"
        case .virtualIP(let vip): "members of \(vip)"
        case .replicationGroup(let db): "replication group of \(db)"
        }
    }
}
