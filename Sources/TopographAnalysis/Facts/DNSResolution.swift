import TopographModel

/// What a DNS record hands a client, and what that means for failover.
public enum DNSResolution: Sendable, Equatable {
    /// No target and no value.
    case nothing
    /// An address or name outside the model.
    case literal(String)
    case single(ElementID)
    /// Several addresses handed out in turn: each client sticks to the one it got until the TTL
    /// runs out, and a failed target keeps its clients until they retry.
    case roundRobin([ElementID])
    /// The members of one active-passive load-balancer pair: one floating address, held by the
    /// active member and taken over by the standby when it fails.
    case failoverPair([ElementID])

    public init(_ spec: DNSRecordSpec, index: ArchitectureIndex) {
        switch spec.targets.count {
        case 0: self = spec.value.map(DNSResolution.literal) ?? .nothing
        case 1: self = .single(spec.targets[0])
        default:
            self =
                Self.isFailoverPair(spec.targets, index: index) ? .failoverPair(spec.targets) : .roundRobin(spec.targets)
        }
    }

    /// Whether these elements are the members of one active-passive load-balancer cluster: every
    /// one is an active-passive load balancer and every two name each other as peers.
    public static func isFailoverPair(_ ids: [ElementID], index: ArchitectureIndex) -> Bool {
        let specs = ids.compactMap { index.components[$0]?.spec.loadBalancer }
        guard ids.count > 1, specs.count == ids.count, specs.allSatisfy({ $0.mode == .activePassive }) else { return false }
        for (i, a) in ids.enumerated() {
            for (j, b) in ids.enumerated() where i < j {
                guard specs[i].cluster.contains(b) || specs[j].cluster.contains(a) else { return false }
            }
        }
        return true
    }
}
