import TopographModel

/// Sets of components meant to stand in for each other: a load balancer's backends, a cluster of
/// load balancers, the members of a virtual IP, a replication group. Shared fate (one host, one
/// rack, one availability zone) defeats each of them.
public struct RedundantSet: Sendable {
    public enum Role: Sendable, Equatable {
        case backends(of: ElementID)
        case cluster(of: ElementID)
        case virtualIP(ElementID)
        case replicationGroup(of: ElementID)
    }

    public let role: Role
    /// In declaration order (a cluster: the first member, then its peers).
    public let members: [ElementID]

    /// Every redundant set of a model, each member set once (a pair listed as a cluster and as
    /// a virtual IP's members is one set), in declaration order.
    static func all(index: ArchitectureIndex, replication: ReplicationFacts) -> [RedundantSet] {
        var sets: [RedundantSet] = []
        var seen = Set<[ElementID]>()
        func add(_ role: Role, _ members: [ElementID]) {
            let members = members.uniqued()
            guard members.count > 1, seen.insert(members.sorted()).inserted else { return }
            sets.append(RedundantSet(role: role, members: members))
        }
        for c in index.architecture.components {
            if let vip = c.spec.virtualIP { add(.virtualIP(c.id), vip.members.filter { index.components[$0] != nil }) }
            guard let lb = c.spec.loadBalancer else { continue }
            if !lb.cluster.isEmpty, c.id < lb.cluster.min()! { add(.cluster(of: c.id), [c.id] + lb.cluster) }
            add(.backends(of: c.id), lb.backends)
        }
        for group in replication.groups { add(.replicationGroup(of: group.members[0].id), group.members.map(\.id)) }
        return sets
    }
}
