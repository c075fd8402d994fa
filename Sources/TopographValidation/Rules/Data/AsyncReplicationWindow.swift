import TopographModel

/// Asynchronous replication: a failover loses the transactions the replicas had not received.
struct AsyncReplicationWindow: Rule {
    let descriptor = RuleDescriptor(
        id: "data.async-replication-window", category: "data", defaultSeverity: .note,
        title: "Asynchronous replication leaves a window of data loss",
        rationale: """
            With asynchronous replication the primary acknowledges commits before any replica has them; \
            if the primary dies, promoting a replica silently loses the last transactions, and replicas \
            serve stale reads while they lag.
            """,
        recommendation: """
            Use semi-synchronous replication (MySQL rpl_semi_sync, PostgreSQL synchronous_standby_names) \
            or a synchronous cluster (Group Replication, Galera) for data that must not be lost; monitor \
            replication lag.
            """)

    func check(_ context: ValidationContext) -> [Finding] {
        var order: [ElementID] = []
        var asyncReplicas: [ElementID: [ElementID]] = [:]
        for db in context.architecture.components {
            guard let spec = db.spec.database, spec.replication == .async, let source = spec.replicatesFrom else { continue }
            if asyncReplicas[source] == nil { order.append(source) }
            asyncReplicas[source, default: []].append(db.id)
        }
        return order.map { source in
            let replicas = asyncReplicas[source]!
            return finding(
                context,
                "\(ValidationContext.list(replicas)) replicate\(replicas.count == 1 ? "s" : "") asynchronously from \(source): a failover of \(source) loses the transactions not yet replicated",
                elements: replicas + [source],
                evidence: replicas.map { "\($0) replicates from \(source): async" },
                recommendation: """
                    Switch \(ValidationContext.list(replicas)) to semi-synchronous replication (at least one replica \
                    acknowledges each commit) or a synchronous cluster, and alert on replication lag.
                    """)
        }
    }
}
