import TopographModel

/// A load balancer with several backends and no health check.
struct MissingHealthCheck: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.missing-health-check", category: "availability", defaultSeverity: .note,
        title: "Load balancer declares no health check",
        rationale:
            "Without health checks a load balancer keeps sending a share of the requests to a dead backend: redundancy does not help.",
        recommendation: "Declare an HTTP health check (e.g. GET /health every 2 s) so failed backends leave the pool.")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { c -> Finding? in
            guard let lb = c.spec.loadBalancer, lb.backends.count > 1, lb.healthCheck == nil else { return nil }
            return finding(
                context,
                "\(c.id) balances over \(ValidationContext.list(lb.backends)) without a health check: a failed backend keeps receiving requests",
                elements: [c.id], evidence: ["\(c.id) backends: \(ValidationContext.list(lb.backends)); healthCheck: none"],
                recommendation: "Add a health check to \(c.id) (e.g. http GET /health) so a failed backend leaves the pool.")
        }
    }
}
