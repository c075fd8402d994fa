import TopographModel

/// A replicated database where exactly one node accepts writes and nothing promotes another.
struct SingleWriteNode: Rule {
    let descriptor = RuleDescriptor(
        id: "data.single-write-node", category: "data", defaultSeverity: .error,
        title: "Exactly one node accepts writes, with no automatic failover",
        rationale: """
            Replicas protect reads and the data, but every write goes to one node: when it fails, every \
            write (sign-ups, orders, sessions) fails until someone promotes a replica by hand, and one \
            node's capacity caps write throughput.
            """,
        recommendation: """
            Automate failover (e.g. MySQL Orchestrator, MHA or InnoDB Cluster with MySQL Router; \
            PostgreSQL Patroni), or run multi-primary replication (e.g. MySQL Group Replication, Galera); \
            shard writes when one primary cannot keep up.
            """)

    func check(_ context: ValidationContext) -> [Finding] {
        context.replication.groups.compactMap { group -> Finding? in
            let writers = group.writeNodes
            guard group.members.count > 1, writers.count == 1, let primary = writers.first, group.automaticFailover.isEmpty
            else { return nil }
            let replicas = group.members.filter { $0.id != primary.id }
            let clients = Set((context.index.incoming[primary.id] ?? []).filter { $0.purpose == .write }.map(\.from)).sorted()
            var evidence = [
                "write node: \(primary.id) (\(context.label(primary)), failover: \(primary.spec.database?.failover?.rawValue ?? "not declared"))"
            ]
            evidence.append("read-only replicas: \(ValidationContext.list(replicas.map(\.id)))")
            if !clients.isEmpty { evidence.append("writes from: \(ValidationContext.list(clients))") }
            return finding(
                context,
                "\(primary.id) is the only node that accepts writes: when it fails every write fails until a replica is promoted by hand",
                elements: [primary.id], evidence: evidence,
                recommendation: Self.remedies(
                    engine: primary.spec.database?.engine ?? primary.software?.product, primary: primary.id,
                    replicas: replicas.map(\.id)))
        }
    }

    static func remedies(engine: String?, primary: ElementID, replicas: [ElementID]) -> String {
        let promote = "promote \(ValidationContext.list(replicas)) automatically when \(primary) fails"
        switch engine?.lowercased() {
        case let e? where e.contains("mysql") || e.contains("mariadb"):
            return """
                Automate failover so a replica takes over (\(promote)): Orchestrator or MHA with a virtual IP or \
                ProxySQL, or MySQL InnoDB Cluster with MySQL Router; or run multi-primary Group Replication; \
                shard writes if one primary cannot keep up.
                """
        case let e? where e.contains("postgres"):
            return """
                Automate failover (\(promote)) with Patroni, repmgr or pg_auto_failover behind a virtual IP or \
                HAProxy; shard writes (e.g. Citus) if one primary cannot keep up.
                """
        default:
            return "Automate failover (\(promote)), or run a multi-primary cluster; shard writes if one primary cannot keep up."
        }
    }
}
