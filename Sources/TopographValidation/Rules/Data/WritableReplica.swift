import TopographModel

/// A replica explicitly left writable.
struct WritableReplica: Rule {
    let descriptor = RuleDescriptor(
        id: "data.writable-replica", category: "data", defaultSeverity: .warning,
        title: "Replica is writable",
        rationale: "A stray write to a writable replica diverges it from its source and can break replication.",
        recommendation: "Make replicas read-only (MySQL: read_only and super_read_only = ON).")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { c -> Finding? in
            guard let spec = c.spec.database, spec.role == .replica, spec.readOnly == false else { return nil }
            return finding(
                context, "\(c.id) is a replica of \(spec.replicatesFrom?.rawValue ?? "its source") but accepts writes",
                elements: [c.id], evidence: ["\(c.id): role replica, readOnly false"],
                recommendation: "Set \(c.id) read-only (read_only and super_read_only) so writes cannot diverge it.")
        }
    }
}
