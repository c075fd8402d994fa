import TopographAnalysis
import TopographModel

/// A tier (load balancers, web, application, cache, message queue) with one instance, not already reported as a
/// single point of failure of the request path.
struct SingleInstanceTier: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.single-instance-tier", category: "availability", defaultSeverity: .warning,
        title: "Tier has fewer than two instances",
        rationale: "A tier with one instance goes down with its machine, and every deploy or patch of it is an outage.",
        recommendation: "Run at least two instances of every tier on different hosts, behind a load balancer with health checks.")

    func check(_ context: ValidationContext) -> [Finding] {
        TierFacts.instanceKinds.compactMap { kind -> Finding? in
            guard let members = context.tiers.members[kind], members.count == 1, let only = members.first, !isManaged(only),
                !context.failure.singlePointUnits.contains(context.unit(of: only.id))
            else { return nil }
            return finding(
                context, "The \(kind.title) tier has one instance, \(only.id): it fails with \(context.unit(of: only.id))",
                elements: [only.id], evidence: ["\(kind.title) instances: \(only.id)"],
                recommendation: recommendation(for: only))
        }
    }

    /// A provider's cache or queue (ElastiCache, SQS) is replicated by the provider: one declared
    /// instance is not one machine.
    private func isManaged(_ c: Component) -> Bool {
        if case .cache(let spec) = c.spec, spec.provider != nil { return true }
        if case .messageQueue(let spec) = c.spec, spec.provider != nil { return true }
        return false
    }

    /// What a second instance means for each kind: a cache or a queue needs replication, not a copy.
    private func recommendation(for only: Component) -> String {
        switch only.kind {
        case .cache:
            "Add a replica of \(only.id) on another host with automatic failover (e.g. Redis Sentinel or Redis Cluster), or use a managed cache."
        case .messageQueue:
            "Run \(only.id) as a cluster of three nodes on separate hosts with replicated (quorum) queues, or use a managed queue."
        case .loadBalancer:
            "Add a second load balancer next to \(only.id) on another host, sharing a virtual IP (keepalived/VRRP) or listed in DNS with health checks."
        case .webServer, .appServer:
            "Add a second \(only.kind.title) next to \(only.id) on another host, behind the load balancer with health checks."
        case .client, .dnsRecord, .firewall, .database, .monitoringAgent, .monitoringPlatform, .generic, .bastion, .vpnGateway,
            .virtualIP, .cdn, .waf, .objectStorage:
            "Add a second \(only.kind.title) next to \(only.id) on another host."
        }
    }
}
