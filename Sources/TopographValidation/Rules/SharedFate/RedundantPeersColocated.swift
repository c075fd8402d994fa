import TopographModel

/// Members meant to back each other up all run on one host.
struct RedundantPeersColocated: Rule {
    let descriptor = RuleDescriptor(
        id: "shared-fate.redundant-peers-colocated", category: "shared-fate", defaultSeverity: .error,
        title: "Redundant members share one host",
        rationale: "Replicas, cluster peers or backends on the same host fail together: the redundancy is on paper only.",
        recommendation: "Place each redundant member on a different host (ideally in different racks or availability zones).")

    func check(_ context: ValidationContext) -> [Finding] {
        context.sharedFate.redundantSets.compactMap { set -> Finding? in
            let members = set.members
            let hosts = Set(members.map { context.unit(of: $0) })
            guard hosts.count == 1, let host = hosts.first, context.index.hosts[host] != nil else { return nil }
            let label = RedundancyInOneFailureDomain.describe(set.role)
            return finding(
                context, "\(ValidationContext.list(members)) (\(label)) all run on \(host): they fail together",
                elements: members, evidence: members.map { "\($0) on \(host)" },
                recommendation: "Move \(ValidationContext.list(members.dropFirst())) to other hosts than \(host).")
        }
    }
}
