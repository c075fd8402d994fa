import TopographModel

/// An agent that cannot deliver what it collects: it ships nowhere, or to something that is no
/// platform, or nothing carries its data (no flow to the platform it pushes to, no scrape from
/// the platform that pulls it).
struct AgentWithoutPath: Rule {
    let descriptor = RuleDescriptor(
        id: "monitoring.agent-without-path", category: "monitoring", defaultSeverity: .error,
        title: "Monitoring agent has no path to its platform",
        rationale: "An agent that ships nowhere collects data no one sees: the host looks monitored but alerts never fire.",
        recommendation: """
            Declare the platform the agent ships to (shipsTo) and the flow from the agent to it (e.g. https 443, \
            allowed by egress rules); for an exporter the platform pulls (scrapedBy), the scrape flow from the \
            platform to the exporter's port.
            """
    )

    func check(_ context: ValidationContext) -> [Finding] {
        context.monitoring.agents.compactMap { agent -> Finding? in
            guard let (problem, fix) = problem(agent, context) else { return nil }
            return finding(
                context, "\(agent.id) \(problem)", elements: [agent.id], evidence: ["\(agent.id): \(problem)"], recommendation: fix)
        }
    }

    /// What is wrong with an agent's path and how to fix it; nil when its data arrives.
    private func problem(_ agent: Component, _ context: ValidationContext) -> (String, String)? {
        let spec = agent.spec.monitoringAgent
        if let target = spec?.shipsTo {
            if context.component(target)?.kind != .monitoringPlatform {
                return ("ships to \(target), which is not a monitoring platform", "Set \(agent.id)'s shipsTo to a monitoring platform.")
            }
            if Self.hasFlow(from: agent.id, to: target, context) { return nil }
            return (
                "ships to \(target) but no flow leads from \(agent.id) to \(target)",
                "Add a flow \(agent.id) -> \(target) (e.g. https 443, purpose metrics)."
            )
        }
        if let scraper = spec?.scrapedBy {
            if context.component(scraper)?.kind != .monitoringPlatform {
                return (
                    "is scraped by \(scraper), which is not a monitoring platform", "Set \(agent.id)'s scrapedBy to a monitoring platform."
                )
            }
            if Self.hasFlow(from: scraper, to: agent.id, context) { return nil }
            let port = agent.ports.first.map { " \($0)" } ?? ""
            return (
                "is scraped by \(scraper) but no flow leads from \(scraper) to \(agent.id)",
                "Add the scrape flow \(scraper) -> \(agent.id) (e.g. http\(port), purpose metrics), allowed by \(agent.id)'s firewall."
            )
        }
        // An exporter a platform scrapes without naming it in scrapedBy is watched all the same.
        if context.monitoring.scrapers[agent.id] != nil { return nil }
        return (
            "declares no platform to ship to or be scraped by",
            "Set \(agent.id)'s shipsTo (push) or scrapedBy (pull) to the monitoring platform and add the flow between them."
        )
    }

    /// A direct flow, or one through a single relay (a collector or proxy). Bounded to one relay
    /// so the check stays linear in the number of flows.
    static func hasFlow(from source: ElementID, to target: ElementID, _ context: ValidationContext) -> Bool {
        let outgoing = context.index.outgoing[source] ?? []
        if outgoing.contains(where: { $0.to == target }) { return true }
        return outgoing.contains { relay in (context.index.outgoing[relay.to] ?? []).contains { $0.to == target } }
    }
}
