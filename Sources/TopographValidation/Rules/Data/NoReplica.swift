import TopographModel

/// A database with no replica at all.
struct NoReplica: Rule {
    let descriptor = RuleDescriptor(
        id: "data.no-replica", category: "data", defaultSeverity: .warning,
        title: "Database has no replica",
        rationale: """
            With one copy of the data, a disk or host failure loses everything since the last backup and \
            stops every read and write until the database is rebuilt.
            """,
        recommendation: """
            Add at least one replica on another host (semi-synchronous to bound data loss), take regular \
            backups with point-in-time recovery (binary logs / WAL archiving), and test restores.
            """)

    func check(_ context: ValidationContext) -> [Finding] {
        context.replication.groups.compactMap { group -> Finding? in
            guard group.members.count == 1, let db = group.members.first, db.spec.database?.role != .replica else { return nil }
            let host = db.host.map { " on \($0)" } ?? ""
            return finding(
                context,
                "\(db.id) has no replica: a failure of \(db.host ?? db.id) loses its data since the last backup and stops every read and write",
                elements: [db.id],
                evidence: ["\(db.id) (\(context.label(db)))\(host): role \(db.spec.database!.role.rawValue), no node replicates from it"],
                recommendation: """
                    Add a replica of \(db.id) on another host (semi-synchronous replication bounds data loss) with \
                    automated failover, and take backups with point-in-time recovery; test restores.
                    """)
        }
    }
}
