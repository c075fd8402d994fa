import TopographModel

/// A flow the design depends on is dropped by a firewall rule or default policy.
struct BlocksRequiredFlow: Rule {
    let descriptor = RuleDescriptor(
        id: "firewall.blocks-required-flow", category: "firewall", defaultSeverity: .error,
        title: "Firewall blocks a flow the design needs",
        rationale:
            "The design says this traffic must flow, but the firewall drops it: the feature (or the monitoring) silently does not work.",
        recommendation: "Add an allow rule for exactly that peer, port and direction before any deny rule that matches it.")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.flows.compactMap { flow -> Finding? in
            guard let denial = context.firewalls.denial(of: flow) else { return nil }
            let peer = denial.direction == .ingress ? flow.from : flow.to
            let word = denial.direction == .ingress ? "from" : "to"
            let port = flow.port.map { " port \($0)" } ?? ""
            return finding(
                context, "\(denial.firewall.id) blocks \(flow.from) -> \(flow.to) (\(flow.protocol)\(port)), which the design needs",
                elements: [denial.firewall.id, flow.from, flow.to], evidence: [context.describe(flow), ValidationContext.describe(denial)],
                recommendation:
                    "Add to \(denial.firewall.id) an allow \(denial.direction.rawValue) rule \(word) \(peer)\(port) before any rule that denies it."
            )
        }
    }
}
