import TopographModel

/// Databases grouped by replication (a source and everything replicating from it, transitively),
/// with the nodes of each group that accept writes and what takes over when the writer fails.
public struct ReplicationFacts: Sendable {
    public struct Group: Sendable {
        /// Members in declaration order.
        public let members: [Component]
        public var writeNodes: [Component] { members.filter { $0.spec.database?.acceptsWrites == true } }
        /// The replicas an only write node fails over to automatically; empty when writes stop
        /// with that node (no automatic failover, no replica, or several writers).
        public var automaticFailover: [Component] {
            let writers = writeNodes
            guard writers.count == 1, writers[0].spec.database?.failover == .automatic else { return [] }
            return members.filter { $0.id != writers[0].id }
        }
    }

    public let groups: [Group]
    /// Replicas of each source, in declaration order.
    public let replicas: [ElementID: [Component]]
    /// Every database node that accepts writes, in declaration order.
    public let writers: [Component]
    private let groupOf: [ElementID: Int]

    init(index: ArchitectureIndex) {
        let databases = index.architecture.components.filter { $0.kind == .database }
        writers = databases.filter { $0.spec.database?.acceptsWrites == true }
        var position: [ElementID: Int] = [:]
        for (i, db) in databases.enumerated() where position[db.id] == nil { position[db.id] = i }
        var parent = Array(databases.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var replicas: [ElementID: [Component]] = [:]
        for (i, db) in databases.enumerated() {
            guard let source = db.spec.database?.replicatesFrom, let j = position[source] else { continue }
            replicas[source, default: []].append(db)
            parent[find(i)] = find(j)
        }
        var groupIndex: [Int: Int] = [:]
        var members: [[Component]] = []
        for (i, db) in databases.enumerated() {
            let root = find(i)
            let g = groupIndex[root] ?? members.count
            if g == members.count {
                groupIndex[root] = g
                members.append([])
            }
            members[g].append(db)
        }
        groups = members.map(Group.init)
        self.replicas = replicas
        var byID: [ElementID: Int] = [:]
        for (g, group) in members.enumerated() { for db in group where byID[db.id] == nil { byID[db.id] = g } }
        groupOf = byID
    }

    /// The replication group a database belongs to.
    public func group(of id: ElementID) -> Group? { groupOf[id].map { groups[$0] } }
}
