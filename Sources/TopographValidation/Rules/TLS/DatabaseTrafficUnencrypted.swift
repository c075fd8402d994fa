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
            Require TLS for database connections (MySQL: require_secure_transport=ON, REQUIRE SSL accounts; \
            replication: SOURCE_SSL=1 with certificate verification), or tunnel them (WireGuard/IPsec).
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
                recommendation: """
                    Require TLS on \(db) (e.g. require_secure_transport=ON) and connect with TLS from \
                    \(ValidationContext.list(peers.sorted()))\(replicas.isEmpty ? "" : " (replication channels with SOURCE_SSL=1)"); \
                    then mark the flows encrypted.
                    """)
        }
    }
}
