import TopographAnalysis
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
    /// Caches the answering tier sends requests to, in flow order: losing one slows the site
    /// (every request falls through to the data store) without stopping it.
    public var caches: [ElementID]
    /// Queues and object stores the answering tier sends requests to, in flow order: losing one
    /// fails the requests that need it (an order that cannot be queued) while the rest are served.
    public var requestDependencies: [ElementID]
    /// The queues each component sends requests to, in flow order: where a worker that no request
    /// reaches takes its work from.
    public var queuesUsed: [ElementID: [ElementID]]
    /// Each component that reads, with the components it reads from.
    public var readers: [(ElementID, [ElementID])]
    /// Each component that writes, with the components it writes to.
    public var writers: [(ElementID, [ElementID])]
    /// Write groups by write node.
    public var writeGroups: [ElementID: WriteGroup]
    /// The replication group of each database (its first member's id), to tell alternative copies apart.
    public var replicationGroup: [ElementID: ElementID]

    /// Reads sources, entry points, tiers and replication from the analysis facts.
    public init(facts: ArchitectureFacts) {
        let architecture = facts.architecture
        sources = facts.internetSources
        // A virtual IP is an address: requests sent to it reach its members (VirtualIPFacts).
        requestEdges = architecture.flows.filter { $0.purpose == .request && $0.from != $0.to }.flatMap { flow in
            facts.virtualIPs.servers(of: flow.to).map { (flow.from, $0) }
        }
        // An entry address stands for the balancers that hold it.
        entryPoints = Self.unique(facts.entry.entryPoints.flatMap { facts.virtualIPs.servers(of: $0) })
        let tier: (ComponentKind) -> [ElementID] = { kind in
            (facts.tiers.members[kind] ?? []).filter { facts.reach.reached.contains($0.id) }.map(\.id)
        }
        let apps = tier(.appServer)
        let webs = tier(.webServer)
        applicationTier = !apps.isEmpty ? apps : !webs.isEmpty ? webs : entryPoints
        let answering = Set(applicationTier)
        let kind = { (id: ElementID) in facts.index.components[id]?.kind }
        caches = Self.unique(requestEdges.filter { answering.contains($0.0) && kind($0.1) == .cache }.map(\.1))
        requestDependencies = Self.unique(
            requestEdges.filter { answering.contains($0.0) && [.messageQueue, .objectStorage].contains(kind($0.1)) }.map(\.1))
        var queuesUsed: [ElementID: [ElementID]] = [:]
        for (from, to) in requestEdges where kind(to) == .messageQueue && !(queuesUsed[from] ?? []).contains(to) {
            queuesUsed[from, default: []].append(to)
        }
        self.queuesUsed = queuesUsed
        readers = Self.targets(of: .read, in: architecture, facts.virtualIPs)
        writers = Self.targets(of: .write, in: architecture, facts.virtualIPs)
        (writeGroups, replicationGroup) = Self.replication(facts.replication)
    }

    /// Per source element, the targets of its flows with `purpose`, both in declaration order. For
    /// writes, a virtual IP in front of databases (a failover address) stands for the nodes that take
    /// writes behind it: the address follows the writer, and a failover is the write group's business.
    /// For reads it stands for every member: whichever holds the address answers.
    private static func targets(of purpose: FlowPurpose, in architecture: Architecture, _ virtualIPs: VirtualIPFacts)
        -> [(ElementID, [ElementID])]
    {
        var order: [ElementID] = []
        var targets: [ElementID: [ElementID]] = [:]
        let components = Dictionary(architecture.components.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for flow in architecture.flows where flow.purpose == purpose && flow.from != flow.to {
            if targets[flow.from] == nil { order.append(flow.from) }
            let servers = virtualIPs.servers(of: flow.to)
            let writers =
                purpose == .write ? servers.filter { components[$0]?.spec.database?.acceptsWrites == true } : []
            for target in writers.isEmpty || servers == [flow.to] ? servers : writers
            where !(targets[flow.from] ?? []).contains(target) {
                targets[flow.from, default: []].append(target)
            }
        }
        return order.map { ($0, targets[$0]!) }
    }

    /// Each write node of each replication group with its peers, promotable replicas and failover.
    private static func replication(_ replication: ReplicationFacts) -> ([ElementID: WriteGroup], [ElementID: ElementID]) {
        var groups: [ElementID: WriteGroup] = [:]
        var groupOf: [ElementID: ElementID] = [:]
        for group in replication.groups {
            let replicas = group.members.filter { $0.spec.database?.acceptsWrites == false }
            for db in group.members { groupOf[db.id] = group.members[0].id }
            for writer in group.writeNodes {
                let spec = writer.spec.database
                let peers =
                    spec?.role == .multiPrimary
                    ? group.writeNodes.filter { $0.id != writer.id && $0.spec.database?.role == .multiPrimary } : []
                groups[writer.id] = WriteGroup(
                    writeNode: writer.id, peers: peers.map(\.id), replicas: replicas.map(\.id), failover: spec?.failover,
                    asyncReplicas: replicas.filter { $0.spec.database?.replication == .async }.map(\.id))
            }
        }
        return (groups, groupOf)
    }

    private static func unique(_ ids: [ElementID]) -> [ElementID] {
        var seen = Set<ElementID>()
        return ids.filter { seen.insert($0).inserted }
    }
}
