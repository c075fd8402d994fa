import TopographAnalysis
import TopographModel

/// A machine every request path depends on: users to the application, or the application to the
/// node that takes its writes (articulation points of the request path graph); or a database
/// holding the only copy of the data.
struct SinglePointOfFailure: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.single-point-of-failure", category: "availability", defaultSeverity: .error,
        title: "Single point of failure on the request path",
        rationale: """
            Every path from the users to the application (or from the application to its write node) \
            passes through this one machine: when it fails, is patched or is overloaded, the whole site \
            is down. A database with no replica is one too: every read and write waits until it is rebuilt.
            """,
        recommendation: """
            Make it redundant: a second load balancer in an active-passive pair with a floating IP \
            (keepalived/VRRP) or active-active behind several DNS records; two or more servers per tier \
            behind the load balancer with health checks.
            """)

    func check(_ context: ValidationContext) -> [Finding] {
        context.failure.singlePoints.map { point in
            if point.path == .onlyCopyOfData { return onlyCopy(point, context) }
            // A host that only runs a load balancer fails as the balancer: name the balancer.
            let balancer = context.facts.dedicatedBalancer(on: point.unit)
            let element = balancer?.id ?? point.unit
            let hosted = context.components(on: point.unit).filter { TierFacts.isTier($0.kind) }.map(\.id)
            let what =
                balancer.map { "\($0.id) (load balancer on \(point.unit))" }
                ?? (hosted.isEmpty ? "\(point.unit)" : "\(point.unit) (running \(ValidationContext.list(hosted)))")
            let (from, to) =
                point.path == .usersToApplication
                ? ("the users", ValidationContext.list(point.targets))
                : (ValidationContext.list(point.starts), ValidationContext.list(point.targets))
            var evidence = ["every path from \(from) to \(to) passes through \(point.unit)"]
            if let example = point.targets.lazy.compactMap(context.reach.pathText(to:)).first { evidence.append("path: \(example)") }
            return finding(
                context, "\(what) is a single point of failure: every path from \(from) to \(to) passes through it",
                elements: [element], evidence: evidence, recommendation: remedy(point, context))
        }
    }

    /// A database with no replica: the only copy of the data, named on the database itself.
    private func onlyCopy(_ point: FailureFacts.SinglePoint, _ context: ValidationContext) -> Finding {
        let db = point.unit
        let host = context.component(db)?.host
        let clients = ValidationContext.list(point.starts)
        return finding(
            context,
            "\(db) is a single point of failure: it holds the only copy of the data, so every read and write from \(clients) stops when \(host ?? db) fails",
            elements: [db],
            evidence: ["\(db)\(host.map { " on \($0)" } ?? ""): no replica, no managed failover", "used by \(clients)"],
            recommendation: """
                Add a replica of \(db) on another host (in another rack or availability zone) with automatic \
                failover (e.g. Patroni, Orchestrator, or a managed database with Multi-AZ), and point \(clients) \
                at a failover endpoint.
                """)
    }

    private func remedy(_ point: FailureFacts.SinglePoint, _ context: ValidationContext) -> String {
        let balancer = context.component(point.unit).map { [$0] } ?? context.components(on: point.unit)
        if let c = balancer.first(where: { $0.kind == .loadBalancer }) {
            return """
                Add a second load balancer next to \(c.id): an active-passive pair sharing a floating IP \
                (keepalived/VRRP) or an active-active pair behind two DNS records; declare the cluster.
                """
        }
        guard context.index.hosts[point.unit] != nil else {
            return "Run at least two instances of \(point.unit) on different hosts behind a load balancer with health checks."
        }
        let hasDatabase = context.components(on: point.unit).contains { $0.kind == .database }
        return """
            Run what \(point.unit) runs on at least two hosts behind a load balancer with health checks, so one \
            host can fail, be patched or be redeployed while the other serves\
            \(hasDatabase ? "; move the database to its own replicated nodes" : "").
            """
    }
}
