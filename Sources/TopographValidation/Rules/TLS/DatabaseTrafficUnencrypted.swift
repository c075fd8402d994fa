import TopographModel

/// Database client and replication traffic crosses the network unencrypted.
struct DatabaseTrafficUnencrypted: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.database-traffic-unencrypted", category: "tls", defaultSeverity: .warning,
        title: "Database client or replication traffic crosses hosts unencrypted",
        rationale: """
            Queries, result rows, credentials and the replication stream carry the data itself; on the \
            wire in cleartext they can be read or altered by anyone inside the network (CWE-319).
            """,
        recommendation: """
            Require TLS for database connections and replication with certificate verification (MySQL: \
            require_secure_transport=ON, SOURCE_SSL=1; PostgreSQL: hostssl-only pg_hba.conf, \
            sslmode=verify-full), or tunnel them (WireGuard/IPsec).
            """,
        references: ["CWE-319"])

    func check(_ context: ValidationContext) -> [Finding] {
        var order: [ElementID] = []
        var flowsByDB: [ElementID: [Flow]] = [:]
        // Scrapes of a metrics exporter are telemetry (monitoring.telemetry-unencrypted), not client traffic.
        // A web balancer's requests sent to a data-only machine are misrouted web traffic
        // (availability.backend-wrong-tier), not database client traffic.
        for flow in context.architecture.flows
        where !flow.encrypted && context.crossesHosts(flow) && !context.monitoring.isScrape(flow)
            && !context.facts.balancers.misroutedFlows.contains(flow.id)
        {
            let toDatabase = context.component(flow.to)?.kind == .database
            guard toDatabase || flow.purpose == .replication else { continue }
            if flowsByDB[flow.to] == nil { order.append(flow.to) }
            flowsByDB[flow.to, default: []].append(flow)
        }
        return order.map { db in
            let flows = flowsByDB[db]!
            var peers: [ElementID] = []
            var seen = Set<ElementID>()
            for f in flows where seen.insert(f.from).inserted { peers.append(f.from) }
            let clients = flows.filter { $0.purpose != .replication }.map(\.from)
            let replicas = flows.filter { $0.purpose == .replication }.map(\.from)
            var parts: [String] = []
            if !clients.isEmpty { parts.append("client traffic from \(ValidationContext.list(Set(clients).sorted()))") }
            if !replicas.isEmpty { parts.append("replication from \(ValidationContext.list(Set(replicas).sorted()))") }
            return finding(
                context, "\(db) receives unencrypted \(parts.joined(separator: " and ")) across hosts",
                elements: [db] + peers.sorted(), evidence: flows.map(context.describe),
                recommendation: Self.remedy(db: db, engine: engine(of: db, context), peers: peers.sorted(), replication: !replicas.isEmpty))
        }
    }

    private func engine(of db: ElementID, _ context: ValidationContext) -> String? {
        let component = context.component(db)
        return component?.spec.database?.engine ?? component?.software?.product
    }

    /// The settings that require TLS, in the engine's own words.
    static func remedy(db: ElementID, engine: String?, peers: [ElementID], replication: Bool) -> String {
        let from = ValidationContext.list(peers)
        switch engine?.lowercased() {
        case let e? where e.contains("postgres"):
            return """
                Require TLS on \(db) (ssl=on, hostssl-only entries in pg_hba.conf) and connect from \(from) with \
                sslmode=verify-full\(replication ? " (the standbys' primary_conninfo too)" : ""); then mark the flows encrypted.
                """
        case let e? where e.contains("mysql") || e.contains("mariadb"):
            return """
                Require TLS on \(db) (require_secure_transport=ON) and connect with TLS from \(from)\
                \(replication ? " (replication channels with SOURCE_SSL=1 and SOURCE_SSL_VERIFY_SERVER_CERT=1)" : ""); then mark \
                the flows encrypted.
                """
        default:
            return "Require TLS on \(db) and connect with TLS, verifying its certificate, from \(from); then mark the flows encrypted."
        }
    }
}
