import TopographModel

/// The facts about a design the failure analysis turns into structure functions: where users come
/// from, which request flows carry them where, the application tier, who reads and writes which
/// data, and how each write node fails over.
public struct ServiceShape: Sendable {
    /// A write node, the replicas that could take over from it, and how they would.
    public struct WriteGroup: Sendable {
        public let writeNode: ElementID
        /// Other members that accept writes too (multi-primary): alternatives with no failover.
        public let peers: [ElementID]
        /// Read-only members that can be promoted, in declaration order.
        public let replicas: [ElementID]
        /// The declared failover; nil when the model does not say (treated as manual with replicas).
        public var failover: FailoverMode?
        /// Replicas that replicate asynchronously: a failover loses what they had not received.
        public let asyncReplicas: [ElementID]

        /// Whether replicas take over without a person: only a declared automatic failover.
        public var promotesAutomatically: Bool { failover == .automatic && !replicas.isEmpty }
        /// Whether a person can promote a replica: replicas exist and failover is not declared `none`.
        public var promotable: Bool { !replicas.isEmpty && failover != FailoverMode.none }
    }

    /// Where outside traffic starts: clients and other components in internet zones.
    public var sources: [ElementID]
    /// Request flows as (from, to) pairs, in declaration order.
    public var requestEdges: [(ElementID, ElementID)]
    /// Components that sources send requests to directly (the load balancers, or a lone web server).
    public var entryPoints: [ElementID]
    /// The components that answer requests: application servers, else web servers, else the entry points.
    public var applicationTier: [ElementID]
    /// Each component that reads, with the components it reads from.
    public var readers: [(ElementID, [ElementID])]
    /// Each component that writes, with the components it writes to.
    public var writers: [(ElementID, [ElementID])]
    /// Write groups by write node.
    public var writeGroups: [ElementID: WriteGroup]
    /// The replication group of each database (its first member's id), to tell alternative copies apart.
    public var replicationGroup: [ElementID: ElementID]

    public init(index: ArchitectureIndex) {
        let architecture = index.architecture
        sources = architecture.components.filter { c in
            c.kind == .client || (c.kind != .dnsRecord && c.kind != .firewall && index.zone(of: c.id)?.kind == .internet)
        }.map(\.id)
        let isSource = Set(sources)
        let requests = architecture.flows.filter { $0.purpose == .request && $0.from != $0.to }
        requestEdges = requests.map { ($0.from, $0.to) }
        entryPoints = Self.unique(requests.filter { isSource.contains($0.from) && !isSource.contains($0.to) }.map(\.to))
        let reached = Set(requests.map(\.to))
        let tier: (ComponentKind) -> [ElementID] = { kind in
            architecture.components.filter { $0.kind == kind && reached.contains($0.id) }.map(\.id)
        }
        let apps = tier(.appServer)
        let webs = tier(.webServer)
        applicationTier = !apps.isEmpty ? apps : !webs.isEmpty ? webs : entryPoints
        readers = Self.targets(of: .read, in: architecture)
        writers = Self.targets(of: .write, in: architecture)
        (writeGroups, replicationGroup) = Self.replication(index: index)
    }

    /// Per source element, the targets of its flows with `purpose`, both in declaration order.
    private static func targets(of purpose: FlowPurpose, in architecture: Architecture) -> [(ElementID, [ElementID])] {
        var order: [ElementID] = []
        var targets: [ElementID: [ElementID]] = [:]
        for flow in architecture.flows where flow.purpose == purpose && flow.from != flow.to {
            if targets[flow.from] == nil { order.append(flow.from) }
            if !(targets[flow.from] ?? []).contains(flow.to) { targets[flow.from, default: []].append(flow.to) }
        }
        return order.map { ($0, targets[$0]!) }
    }

    /// Databases joined by `replicatesFrom` (transitively) into groups; each write node's group.
    private static func replication(index: ArchitectureIndex) -> ([ElementID: WriteGroup], [ElementID: ElementID]) {
        let databases = index.architecture.components.filter { $0.kind == .database }
        var root: [ElementID: ElementID] = [:]
        func find(_ id: ElementID) -> ElementID {
            var id = id
            var seen: Set<ElementID> = []
            while let parent = root[id], parent != id, seen.insert(id).inserted { id = parent }
            return id
        }
        for db in databases { root[db.id] = db.id }
        for db in databases {
            guard let source = db.spec.database?.replicatesFrom, root[source] != nil else { continue }
            let (a, b) = (find(db.id), find(source))
            if a != b { root[a] = b }
        }
        let members = Dictionary(grouping: databases, by: { find($0.id) })
        var groups: [ElementID: WriteGroup] = [:]
        var groupOf: [ElementID: ElementID] = [:]
        for db in databases {
            let group = members[find(db.id)]!
            groupOf[db.id] = group[0].id
            guard let spec = db.spec.database, spec.acceptsWrites else { continue }
            let replicas = group.filter { $0.spec.database?.acceptsWrites == false }
            groups[db.id] = WriteGroup(
                writeNode: db.id,
                peers: group.filter { $0.id != db.id && $0.spec.database?.role == .multiPrimary && spec.role == .multiPrimary }
                    .map(\.id),
                replicas: replicas.map(\.id), failover: spec.failover,
                asyncReplicas: replicas.filter { $0.spec.database?.replication == .async }.map(\.id))
        }
        return (groups, groupOf)
    }

    private static func unique(_ ids: [ElementID]) -> [ElementID] {
        var seen = Set<ElementID>()
        return ids.filter { seen.insert($0).inserted }
    }
}
