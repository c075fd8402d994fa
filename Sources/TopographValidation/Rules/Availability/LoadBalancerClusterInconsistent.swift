import TopographModel

/// A load balancer cluster whose declared mode and members disagree.
struct LoadBalancerClusterInconsistent: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.lb-cluster-inconsistent", category: "availability", defaultSeverity: .warning,
        title: "Load balancer cluster is declared inconsistently",
        rationale:
            "A redundant mode without a peer (or a peer that does not list this member back) is not redundant: failover has nowhere to go.",
        recommendation:
            "List every other member in each member's cluster, use the same mode on all of them, and use mode single when there is no peer."
    )

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { c -> Finding? in
            guard let lb = c.spec.loadBalancer else { return nil }
            var problems: [String] = []
            // Members of one virtual IP are a cluster: the address names the peers.
            let addressPeers = context.architecture.components.compactMap(\.spec.virtualIP).filter { $0.members.contains(c.id) }
                .flatMap(\.members).filter { $0 != c.id && context.component($0)?.spec.loadBalancer != nil }
            if lb.mode != .single && lb.cluster.isEmpty && addressPeers.isEmpty {
                problems.append("mode \(lb.mode.rawValue) but no cluster members")
            }
            if lb.mode == .single && !lb.cluster.isEmpty {
                problems.append("mode single but cluster lists \(ValidationContext.list(lb.cluster))")
            }
            for peer in lb.cluster {
                guard let other = context.component(peer)?.spec.loadBalancer else {
                    problems.append("cluster member \(peer) is not a load balancer")
                    continue
                }
                if !other.cluster.contains(c.id) { problems.append("\(peer) does not list \(c.id) in its cluster") }
                if other.mode != lb.mode { problems.append("\(peer) runs mode \(other.mode.rawValue), \(c.id) mode \(lb.mode.rawValue)") }
            }
            guard !problems.isEmpty else { return nil }
            return finding(
                context, "\(c.id)'s cluster is inconsistent: \(problems[0])", elements: [c.id] + lb.cluster, evidence: problems,
                recommendation: "Make \(c.id)'s cluster and mode agree with its peers (each member lists the others, same mode).")
        }
    }
}
