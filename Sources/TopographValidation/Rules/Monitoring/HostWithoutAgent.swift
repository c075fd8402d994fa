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
        return context.architecture.hosts.compactMap { host -> Finding? in
            let components = context.components(on: host.id)
            guard !context.monitoring.watches(host: host.id), !components.isEmpty,
                !components.allSatisfy(context.monitoring.watches)
            else { return nil }
            return finding(
                context, "\(host.id) has no monitoring agent", elements: [host.id],
                evidence: ["\(host.id) runs \(ValidationContext.list(components.map(\.id)))"],
                recommendation:
                    "Install a monitoring agent on \(host.id) shipping to \(context.monitoring.platforms.first?.id.rawValue ?? "the monitoring platform")."
            )
        }
    }
}
