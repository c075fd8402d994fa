import TopographModel

/// Where each machine sits in the failure hierarchy (region > availability zone > rack), and the
/// redundant sets whose members all share one domain although the design spans several: two
/// load balancers in one rack fail together when the rack loses power.
public struct FailureDomainFacts: Sendable {
    public struct Defeated: Sendable {
        public let set: RedundantSet
        /// The outermost level all members share while the design spreads over several.
        public let level: FailureDomain.Level
        /// That domain, qualified (`eu-west-1/eu-west-1a/r12`).
        public let domain: String
        /// The distinct machines the members run on, in member order.
        public let machines: [ElementID]
    }

    /// The effective domain of each host and stand-alone component that declares or inherits one.
    public let domains: [ElementID: FailureDomain]
    public let defeated: [Defeated]
    /// The levels the design spreads over (two or more domains), outermost first.
    public let spreadLevels: [FailureDomain.Level]

    init(index: ArchitectureIndex, sets: [RedundantSet]) {
        var domains: [ElementID: FailureDomain] = [:]
        func zoneDomain(_ zone: ElementID?) -> FailureDomain? { zone.flatMap { index.zones[$0]?.failureDomain } }
        for host in index.architecture.hosts {
            let d = (host.failureDomain ?? FailureDomain()).within(zoneDomain(host.zone))
            if !d.isEmpty { domains[host.id] = d }
        }
        for c in index.architecture.components where c.host == nil {
            if let d = zoneDomain(c.zone), !d.isEmpty { domains[c.id] = d }
        }
        self.domains = domains
        // A level counts only where the design itself uses two or more domains: a design in
        // one availability zone is a choice the document states, not a defeat of every pair.
        let spread = FailureDomain.Level.allCases.filter { level in Set(domains.values.compactMap { $0.path(to: level) }).count > 1 }
        spreadLevels = spread
        defeated = sets.compactMap { set -> Defeated? in
            let machines = set.members.map(index.unit(of:)).uniqued()
            guard machines.count > 1 else { return nil }  // one machine: shared-fate.redundant-peers-colocated
            for level in spread {
                let paths = Set(machines.map { domains[$0]?.path(to: level) })
                if paths.count == 1, let only = paths.first, let domain = only {
                    return Defeated(set: set, level: level, domain: domain, machines: machines)
                }
            }
            return nil
        }
    }
}
