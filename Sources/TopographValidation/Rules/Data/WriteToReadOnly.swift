import TopographModel

/// Writes routed to a node that refuses them.
struct WriteToReadOnly: Rule {
    let descriptor = RuleDescriptor(
        id: "data.write-to-read-only", category: "data", defaultSeverity: .error,
        title: "Writes are routed to a read-only replica",
        rationale:
            "A read-only replica rejects writes (or, if forced writable, diverges from its source): the feature fails or data is corrupted.",
        recommendation: "Route writes to the node that accepts them (the primary, through a proxy such as ProxySQL or a writer endpoint).")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.flows.compactMap { flow -> Finding? in
            guard flow.purpose == .write, let db = context.component(flow.to)?.spec.database, !db.acceptsWrites else { return nil }
            let source = db.replicatesFrom.map { " (writes belong on \($0))" } ?? ""
            return finding(
                context, "\(flow.from) sends writes to \(flow.to), which is read-only\(source)",
                elements: [flow.to, flow.from], evidence: [context.describe(flow)],
                recommendation:
                    "Send \(flow.from)'s writes to \(db.replicatesFrom.map(\.rawValue) ?? "the write node") and keep \(flow.to) for reads.")
        }
    }
}
