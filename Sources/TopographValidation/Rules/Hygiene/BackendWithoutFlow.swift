import TopographModel

/// A load balancer's declared pool and its flows disagree.
struct BackendWithoutFlow: Rule {
    let descriptor = RuleDescriptor(
        id: "hygiene.backend-without-flow", category: "hygiene", defaultSeverity: .warning,
        title: "Load balancer backends and flows disagree",
        rationale:
            "A backend with no flow from the load balancer (or a flow to a server outside the pool) means the diagram and the configuration tell different stories; one of them is wrong.",
        recommendation: "Declare a flow from the load balancer to every backend, and list every server it forwards to as a backend.")

    func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for c in context.architecture.components {
            guard let lb = c.spec.loadBalancer else { continue }
            let flows = (context.index.outgoing[c.id] ?? []).filter { $0.purpose == .request || $0.purpose == .healthCheck }
            let reached = Set(flows.flatMap { [$0.to, context.unit(of: $0.to)] })
            let pool = Set(lb.backends)
            for backend in lb.backends where !reached.contains(backend) {
                findings.append(
                    finding(
                        context, "\(c.id) lists \(backend) as a backend but no flow goes from \(c.id) to \(backend)",
                        elements: [c.id, backend], evidence: ["\(c.id) backends: \(ValidationContext.list(lb.backends))"],
                        recommendation: "Add the flow \(c.id) -> \(backend), or remove \(backend) from \(c.id)'s backends."))
            }
            for flow in flows where flow.purpose == .request && !pool.contains(flow.to) && !pool.contains(context.unit(of: flow.to)) {
                findings.append(
                    finding(
                        context, "\(c.id) forwards to \(flow.to), which is not one of its backends",
                        elements: [c.id, flow.to],
                        evidence: [
                            context.describe(flow),
                            "\(c.id) backends: \(lb.backends.isEmpty ? "none" : ValidationContext.list(lb.backends))",
                        ],
                        recommendation: "Add \(flow.to) to \(c.id)'s backends, or remove the flow."))
            }
        }
        return findings
    }
}
