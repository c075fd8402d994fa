import TopographModel

/// Databases replicating from each other in a loop without being declared multi-primary.
struct ReplicationCycle: Rule {
    let descriptor = RuleDescriptor(
        id: "data.replication-cycle", category: "data", defaultSeverity: .error,
        title: "Replication cycle not declared as multi-primary",
        rationale: """
            Circular replication between nodes that are not a managed multi-primary cluster applies \
            writes twice or in different orders: conflicts and silent divergence.
            """,
        recommendation:
            "Break the cycle (one source, replicas below it), or run a real multi-primary cluster (Group Replication, Galera) and declare its members multiPrimary."
    )

    func check(_ context: ValidationContext) -> [Finding] {
        let databases = context.architecture.components.filter { $0.kind == .database }
        var position: [ElementID: Int] = [:]
        for (i, db) in databases.enumerated() where position[db.id] == nil { position[db.id] = i }
        let next = databases.map { $0.spec.database?.replicatesFrom.flatMap { position[$0] } }
        return FunctionalGraph.cycles(next: next).compactMap { cycle -> Finding? in
            let members = cycle.map { databases[$0] }
            guard !members.allSatisfy({ $0.spec.database?.role == .multiPrimary }) else { return nil }
            let ids = members.map(\.id)
            return finding(
                context, "\(ValidationContext.list(ids)) replicate from each other in a cycle but are not declared multi-primary",
                elements: ids, evidence: [(ids + [ids[0]]).map(\.rawValue).joined(separator: " -> ")],
                recommendation:
                    "Break the cycle among \(ValidationContext.list(ids)) or make them a managed multi-primary cluster (role multiPrimary)."
            )
        }
    }
}
