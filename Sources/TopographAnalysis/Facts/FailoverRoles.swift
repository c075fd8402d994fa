import TopographModel

/// Which member of each active-passive pair serves and which stands by.
///
/// A virtual IP lists its members in priority order (keepalived's `priority`, a cloud's primary
/// target): the first holds the address while it is up. An active-passive load-balancer cluster
/// without such an address is led by its member declared first in the model.
public struct FailoverRoles: Sendable {
    public enum Role: String, Sendable {
        case active, standby
    }

    /// Role of every member of an active-passive pair; absent for everything else.
    public let roles: [ElementID: Role]

    init(index: ArchitectureIndex) {
        var roles: [ElementID: Role] = [:]
        for vip in index.architecture.components {
            guard let spec = vip.spec.virtualIP, spec.mode == .activePassive, spec.members.count > 1 else { continue }
            for (offset, member) in spec.members.enumerated() where roles[member] == nil {
                roles[member] = offset == 0 ? .active : .standby
            }
        }
        let order = Dictionary(index.architecture.components.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for lb in index.architecture.components where roles[lb.id] == nil {
            guard let spec = lb.spec.loadBalancer, spec.mode == .activePassive, !spec.cluster.isEmpty else { continue }
            let members = ([lb.id] + spec.cluster).filter { order[$0] != nil }
            let first = members.min { order[$0]! < order[$1]! }
            roles[lb.id] = first == lb.id ? .active : .standby
        }
        self.roles = roles
    }

    public func role(of id: ElementID) -> Role? { roles[id] }
}
