import TopographAnalysis
import TopographModel

/// A load balancer carrying web requests balances onto a machine that runs only data services.
struct BackendWrongTier: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.backend-wrong-tier", category: "availability", defaultSeverity: .error,
        title: "Web requests routed to a non-web tier",
        rationale: """
            A load balancer hands each request to the next backend in its pool. A database, cache or queue \
            in a web pool answers no HTTP: every request sent there fails (or, worse, reaches a data port \
            directly), and the health check that should drop it is often missing or checks only the port.
            """,
        recommendation: """
            Take the data-only machine out of the web pool; balance web requests onto web or application \
            servers only, and let the application reach the database over its own flow.
            """)

    func check(_ context: ValidationContext) -> [Finding] {
        context.facts.balancers.misrouted.map { m in
            let runs = ValidationContext.list(m.runs.map { "\($0.id) (\($0.kind.title))" })
            let request = m.requests.first.map { context.describe($0) }
            return finding(
                context,
                "\(m.balancer) routes web requests to \(m.backend), a non-web tier: \(m.machine) runs only \(runs), so the requests sent there fail",
                elements: [m.balancer, m.backend],
                evidence: ["\(m.balancer) backends include \(m.backend) on \(m.machine)"] + (request.map { ["web request: \($0)"] } ?? [])
                    + m.flows.map(context.describe),
                recommendation: """
                    Remove \(m.backend) from \(m.balancer)'s backends and balance onto the web or application servers \
                    only; the application reaches \(m.runs[0].id) over its own flow.
                    """)
        }
    }
}
