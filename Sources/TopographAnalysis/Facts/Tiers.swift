import TopographModel

/// The tiers that serve a request, with their members, and how redundant each tier is.
public struct TierFacts: Sendable {
    /// The kinds that serve a user's request: the one list every rule, doc section and view uses.
    /// A message queue is one: the requests that hand it work fail without it.
    public static let kinds: [ComponentKind] = [.loadBalancer, .webServer, .appServer, .database, .cache, .messageQueue]
    /// Tiers judged by how many instances they have. Databases are judged by their replication
    /// groups instead: a replica is not a second instance of the writes.
    public static let instanceKinds: [ComponentKind] = [.loadBalancer, .webServer, .appServer, .cache, .messageQueue]

    /// Components of each tier kind, in declaration order.
    public let members: [ComponentKind: [Component]]
    /// One entry per instance tier, then per replication group its writes and its reads.
    public let redundancy: [TierRedundancy]

    init(index: ArchitectureIndex, replication: ReplicationFacts) {
        let members = Dictionary(grouping: index.architecture.components.filter { Self.kinds.contains($0.kind) }, by: \.kind)
        self.members = members
        var rows: [TierRedundancy] = []
        for kind in Self.instanceKinds {
            guard let tier = members[kind] else { continue }
            rows.append(TierRedundancy(role: .instances(kind), members: tier, failover: []))
        }
        let several = replication.groups.count > 1
        for group in replication.groups {
            let label = several ? group.members[0].id : nil
            let writers = group.writeNodes
            // One writer with automatic failover to a replica keeps writes available.
            let standby: [ElementID] =
                writers.count == 1 && writers[0].spec.database?.failover == .automatic
                ? group.members.filter { $0.id != writers[0].id }.map(\.id) : []
            rows.append(TierRedundancy(role: .databaseWrites(group: label), members: writers, failover: standby))
            rows.append(TierRedundancy(role: .databaseReads(group: label), members: group.members, failover: []))
        }
        redundancy = rows
    }

    /// Whether a component belongs to a request-serving tier.
    public static func isTier(_ kind: ComponentKind) -> Bool { kinds.contains(kind) }
}

/// How many independent instances serve one tier, and on how many machines.
public struct TierRedundancy: Sendable {
    public enum Role: Sendable, Equatable {
        case instances(ComponentKind)
        /// The write nodes of one replication group (named by its first member when there are several).
        case databaseWrites(group: ElementID?)
        /// Every member of one replication group.
        case databaseReads(group: ElementID?)
    }

    public enum Verdict: Sendable, Equatable {
        /// A replication group where no node accepts writes.
        case noWriter
        case single
        /// Several instances, all on one host: the host is the single point of failure.
        case sameHost(instances: Int)
        /// Several stand-alone instances (appliances, managed services).
        case independent(instances: Int)
        case spread(instances: Int, hosts: Int)
        /// One write node that fails over automatically to these replicas.
        case automaticFailover(to: [ElementID])
    }

    public let role: Role
    public let members: [ElementID]
    /// Distinct machines the members run on.
    public let hosts: Int
    public let verdict: Verdict

    init(role: Role, members: [Component], failover: [ElementID]) {
        self.role = role
        self.members = members.map(\.id)
        let machines = Set(members.map { $0.host ?? $0.id })
        hosts = machines.count
        if members.isEmpty {
            verdict = .noWriter
        } else if members.count == 1 {
            verdict = failover.isEmpty ? .single : .automaticFailover(to: failover)
        } else if machines.count == 1 {
            verdict = .sameHost(instances: members.count)
        } else if members.allSatisfy({ $0.host == nil }) {
            verdict = .independent(instances: members.count)
        } else {
            verdict = .spread(instances: members.count, hosts: machines.count)
        }
    }

    /// One instance and nothing that takes over: the tier fails with it.
    public var isSingleInstance: Bool { verdict == .single }
}
