import TopographModel

/// A load balancer or database that nothing watches, although the design does monitor.
struct UnmonitoredCriticalComponent: Rule {
    let descriptor = RuleDescriptor(
        id: "monitoring.unmonitored-critical-component", category: "monitoring", defaultSeverity: .warning,
        title: "Load balancer or database is not monitored",
        rationale:
            "Load balancers and databases are where outages start (backend pool empty, connections exhausted, replication broken); unwatched, they fail silently.",
        recommendation:
            "Monitor it: ship its metrics and logs (e.g. HAProxy stats, MySQL exporter) to the monitoring platform and alert on health.")

    func check(_ context: ValidationContext) -> [Finding] {
        guard context.monitoring.exists else { return [] }
        return context.monitoring.unmonitoredComponents.compactMap { id -> Finding? in
            guard let c = context.component(id) else { return nil }
            let platform = context.monitoring.platforms.first?.id.rawValue ?? "the monitoring platform"
            let metrics =
                c.kind == .loadBalancer
                ? "backend health, request rate, errors and latency" : "connections, queries, replication lag and disk"
            let place = c.host.map { "\(c.kind.title) on \($0)" } ?? c.kind.title
            return finding(
                context, "\(c.id) (\(place)) is not monitored: no agent runs on \(c.host ?? "it") and it ships no telemetry",
                elements: [c.id], evidence: ["no agent on \(c.host ?? c.id); no metrics or logs flow from \(c.id)"],
                recommendation:
                    "Ship \(c.id)'s metrics and logs (\(metrics)) to \(platform), e.g. with an agent or a metrics flow, and alert on them.")
        }
    }
}
