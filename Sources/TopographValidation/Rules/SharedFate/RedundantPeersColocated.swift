import TopographModel

/// Members meant to back each other up all run on one host.
struct RedundantPeersColocated: Rule {
    let descriptor = RuleDescriptor(
        id: "shared-fate.redundant-peers-colocated", category: "shared-fate", defaultSeverity: .error,
        title: "Redundant members share one host",
        rationale: "Replicas, cluster peers or backends on the same host fail together: the redundancy is on paper only.",
        recommendation: "Place each redundant member on a different host (ideally in different racks or availability zones).")

    func check(_ context: ValidationContext) -> [Finding] {
        var sets: [(String, [ElementID])] = []
        for c in context.architecture.components {
            if let lb = c.spec.loadBalancer {
                if lb.backends.count > 1 { sets.append(("backends of \(c.id)", lb.backends)) }
                if !lb.cluster.isEmpty, c.id < lb.cluster.min()! { sets.append(("cluster of \(c.id)", [c.id] + lb.cluster)) }
            }
        }
        for group in context.replication.groups where group.members.count > 1 {
            sets.append(("replication group of \(group.members[0].id)", group.members.map(\.id)))
        }
        return sets.compactMap { label, members -> Finding? in
            let hosts = Set(members.map { context.unit(of: $0) })
            guard hosts.count == 1, let host = hosts.first, context.index.hosts[host] != nil else { return nil }
            return finding(
                context, "\(ValidationContext.list(members)) (\(label)) all run on \(host): they fail together",
                elements: members, evidence: members.map { "\($0) on \(host)" },
                recommendation: "Move \(ValidationContext.list(members.dropFirst())) to other hosts than \(host).")
        }
    }
}
