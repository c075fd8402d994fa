import TopographModel

/// A replica that replicates from nothing.
struct ReplicaWithoutSource: Rule {
    let descriptor = RuleDescriptor(
        id: "data.replica-without-source", category: "data", defaultSeverity: .error,
        title: "Replica has no source database",
        rationale: "A replica without a source receives no changes: it serves stale data and cannot take over.",
        recommendation: "Declare the database it replicates from (replicatesFrom), or make it a standalone node.")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { c -> Finding? in
            guard let spec = c.spec.database, spec.role == .replica else { return nil }
            if let source = spec.replicatesFrom, context.component(source)?.kind == .database { return nil }
            let detail = spec.replicatesFrom.map { "replicatesFrom \($0) is not a database" } ?? "no replicatesFrom declared"
            return finding(
                context, "\(c.id) is a replica but replicates from no database", elements: [c.id], evidence: ["\(c.id): \(detail)"],
                recommendation: "Set \(c.id)'s replicatesFrom to its primary, or change its role.")
        }
    }
}
