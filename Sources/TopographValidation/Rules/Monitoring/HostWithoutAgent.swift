import TopographModel

/// Monitoring exists, but a host has no agent.
struct HostWithoutAgent: Rule {
    let descriptor = RuleDescriptor(
        id: "monitoring.host-without-agent", category: "monitoring", defaultSeverity: .warning,
        title: "Host without a monitoring agent",
        rationale: "An unmonitored host fails silently: disk, memory and process failures there are invisible.",
        recommendation: "Install the monitoring agent used elsewhere in the design on this host.")

    func check(_ context: ValidationContext) -> [Finding] {
        guard context.monitoring.exists else { return [] }
        return context.monitoring.unmonitoredHosts.map { host in
            finding(
                context, "\(host) has no monitoring agent", elements: [host],
                evidence: ["\(host) runs \(ValidationContext.list(context.components(on: host).map(\.id)))"],
                recommendation:
                    "Install a monitoring agent on \(host) shipping to \(context.monitoring.platforms.first?.id.rawValue ?? "the monitoring platform")."
            )
        }
    }
}
