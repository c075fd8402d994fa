import TopographModel

/// Databases grouped by replication (a source and everything replicating from it, transitively),
/// with the nodes of each group that accept writes.
struct ReplicationFacts {
    struct Group {
        /// Members in declaration order.
        let members: [Component]
        var writeNodes: [Component] { members.filter { $0.spec.database?.acceptsWrites == true } }
    }

    let groups: [Group]
    /// Replicas of each source, in declaration order.
    let replicas: [ElementID: [Component]]

    init(index: ArchitectureIndex) {
        let databases = index.architecture.components.filter { $0.kind == .database }
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
    }
}
