import TopographModel

/// An agent that cannot deliver what it collects.
struct AgentWithoutPath: Rule {
    let descriptor = RuleDescriptor(
        id: "monitoring.agent-without-path", category: "monitoring", defaultSeverity: .error,
        title: "Monitoring agent has no path to its platform",
        rationale: "An agent that ships nowhere collects data no one sees: the host looks monitored but alerts never fire.",
        recommendation:
            "Declare the platform the agent ships to (shipsTo) and the flow from the agent to it (e.g. https 443, allowed by egress rules)."
    )

    func check(_ context: ValidationContext) -> [Finding] {
        context.monitoring.agents.compactMap { agent -> Finding? in
            let target = agent.spec.monitoringAgent?.shipsTo
            let problem: String
            if let target {
                if context.component(target)?.kind != .monitoringPlatform {
                    problem = "ships to \(target), which is not a monitoring platform"
                } else if Self.hasFlow(from: agent.id, to: target, context) {
                    return nil
                } else {
                    problem = "ships to \(target) but no flow leads from \(agent.id) to \(target)"
                }
            } else {
                problem = "declares no platform to ship to"
            }
            return finding(
                context, "\(agent.id) \(problem)", elements: [agent.id], evidence: ["\(agent.id): \(problem)"],
                recommendation: target.map { "Add a flow \(agent.id) -> \($0) (e.g. https 443, purpose metrics)." }
                    ?? "Set \(agent.id)'s shipsTo to the monitoring platform and add the flow to it.")
        }
    }

    /// A direct flow from the agent, or through one relay (a collector or proxy) to the platform.
    /// Bounded to one relay so the check stays linear in the number of flows.
    static func hasFlow(from agent: ElementID, to platform: ElementID, _ context: ValidationContext) -> Bool {
        let outgoing = context.index.outgoing[agent] ?? []
        if outgoing.contains(where: { $0.to == platform }) { return true }
        return outgoing.contains { relay in (context.index.outgoing[relay.to] ?? []).contains { $0.to == platform } }
    }
}
