import TopographModel

/// A database receives connections from something other than the application tier.
struct DatabaseBeyondAppTier: Rule {
    /// Kinds that legitimately open connections to a database.
    static let allowed: Set<ComponentKind> = [.appServer, .database, .monitoringAgent, .loadBalancer, .generic]

    let descriptor = RuleDescriptor(
        id: "firewall.database-beyond-app-tier", category: "firewall", defaultSeverity: .warning,
        title: "Database tier reachable from something other than the application tier",
        rationale: """
            When web servers, clients or other tiers talk to the database directly, one compromised \
            front-end process reads the whole database; the tiers stop being layers of defence (CWE-284).
            """,
        recommendation:
            "Let only the application tier (and replication peers) reach the database; route other access through the application.",
        references: ["CWE-284"])

    func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for db in context.architecture.components where db.kind == .database {
            // A platform scraping the database's metrics exporter is monitoring, not data access.
            let offending = (context.index.incoming[db.id] ?? []).filter { flow in
                guard let kind = context.component(flow.from)?.kind, !context.monitoring.isScrape(flow) else { return false }
                return !Self.allowed.contains(kind)
            }
            guard !offending.isEmpty else { continue }
            let sources = Set(offending.map(\.from)).sorted()
            findings.append(
                finding(
                    context, "\(db.id) is reached directly by \(ValidationContext.list(sources)), not only by the application tier",
                    elements: [db.id] + sources, evidence: offending.map(context.describe),
                    recommendation:
                        "Route \(ValidationContext.list(sources))'s data access through the application servers and allow \(db.id)'s port only from them."
                ))
        }
        return findings
    }
}
