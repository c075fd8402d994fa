import TopographModel

/// Nothing in the design is monitored.
struct NoMonitoring: Rule {
    let descriptor = RuleDescriptor(
        id: "monitoring.no-monitoring", category: "monitoring", defaultSeverity: .warning,
        title: "Nothing is monitored",
        rationale:
            "Without metrics, logs and alerts, outages are reported by users, and slow degradation (full disks, replication lag, error spikes) goes unnoticed until it is an outage.",
        recommendation:
            "Install a monitoring agent on every host (e.g. Datadog, Sumo Logic, Prometheus node/mysqld exporters) shipping metrics and logs to a platform with alerts on availability, latency, errors and saturation."
    )

    func check(_ context: ValidationContext) -> [Finding] {
        guard !context.monitoring.exists else { return [] }
        let machines = context.monitoring.unmonitoredHosts + context.monitoring.unmonitoredComponents
        guard !machines.isEmpty else { return [] }
        let sorted = machines.sorted()
        return [
            finding(
                context, "Nothing monitors \(ValidationContext.list(sorted)): failures are found by users",
                elements: sorted, evidence: ["no monitoring agent, platform or telemetry flow in the design"],
                recommendation:
                    "Install a monitoring agent on \(ValidationContext.list(sorted)) shipping metrics and logs to a monitoring platform, and alert on availability, latency, errors and saturation (QPS, replication lag, disk)."
            )
        ]
    }
}
