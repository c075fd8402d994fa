import TopographAnalysis
import TopographModel

/// An application server with no write path while its peers (the same software) have one.
struct MissingWritePath: Rule {
    let descriptor = RuleDescriptor(
        id: "data.missing-write-path", category: "data", defaultSeverity: .error,
        title: "Application server cannot write while its peers can",
        rationale: """
            Peers behind one load balancer must be interchangeable: a request that writes (a sign-up, an \
            order, a session) fails whenever it lands on the server that has no path to the write node, \
            one request in N, which is hard to reproduce and easy to miss in testing.
            """,
        recommendation: """
            Give every application server the same write path as its peers (the flow to the primary, or to \
            the proxy or failover address in front of it), allowed by the firewalls on the way.
            """)

    func check(_ context: ValidationContext) -> [Finding] {
        context.facts.writePaths.missing.map { m in
            let targets = ValidationContext.list(m.peerWrites.map(\.to).uniqued())
            let peers =
                m.writingPeers.count == 1
                ? "its peer \(m.writingPeers[0]) writes" : "its peers \(ValidationContext.list(m.writingPeers)) write"
            return finding(
                context,
                "\(m.server) has no write path while \(peers) to \(targets): writes fail whenever \(m.isBackend ? "a request" : "work") lands on \(m.server)",
                elements: [m.server],
                evidence: ["no write flow leaves \(m.server)"] + m.peerWrites.map(context.describe),
                recommendation:
                    "Add the write flow \(m.server) -> \(m.peerWrites.first?.to.rawValue ?? "the write node") its peers have (same protocol and port), allowed by the firewalls on the way."
            )
        }
    }
}
