import TopographModel

/// A component no flow touches, or a host that runs nothing.
struct DisconnectedElement: Rule {
    let descriptor = RuleDescriptor(
        id: "hygiene.disconnected-element", category: "hygiene", defaultSeverity: .warning,
        title: "Element is disconnected from the design",
        rationale:
            "An element no traffic reaches is either dead weight (cost, attack surface, patching) or a sign that flows are missing from the model.",
        recommendation: "Declare the flows that use it, or remove it.")

    func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        // Agents that name their platform, and the platforms named, are monitoring.agent-without-path's
        // business: it says which flow is missing. One problem, one finding.
        let agentSpecs = context.monitoring.agents.compactMap(\.spec.monitoringAgent)
        let named = Set(agentSpecs.flatMap { [$0.shipsTo, $0.scrapedBy].compactMap { $0 } })
        for c in context.architecture.components where c.kind != .firewall && c.kind != .dnsRecord {
            guard context.index.incoming[c.id] == nil, context.index.outgoing[c.id] == nil else { continue }
            let agent = c.spec.monitoringAgent
            if agent?.shipsTo != nil || agent?.scrapedBy != nil || (c.kind == .monitoringPlatform && named.contains(c.id)) { continue }
            findings.append(
                finding(
                    context, "\(c.id) (\(c.kind.title)) has no flows in or out", elements: [c.id],
                    evidence: ["no flow from or to \(c.id)"], recommendation: "Declare the flows that use \(c.id), or remove it."))
        }
        for host in context.architecture.hosts where context.components(on: host.id).isEmpty {
            guard context.index.incoming[host.id] == nil, context.index.outgoing[host.id] == nil else { continue }
            findings.append(
                finding(
                    context, "\(host.id) runs no components", elements: [host.id], evidence: ["no component declares host \(host.id)"],
                    recommendation: "Place components on \(host.id), or remove it."))
        }
        return findings
    }
}
