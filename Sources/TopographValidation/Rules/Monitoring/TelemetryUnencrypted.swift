import TopographModel

/// Telemetry leaves the network unencrypted.
struct TelemetryUnencrypted: Rule {
    let descriptor = RuleDescriptor(
        id: "monitoring.telemetry-unencrypted", category: "monitoring", defaultSeverity: .warning,
        title: "Telemetry is shipped unencrypted",
        rationale:
            "Logs and metrics carry host names, user identifiers, errors and sometimes secrets; sent in cleartext they leak on the way (CWE-319).",
        recommendation: "Ship telemetry over TLS (https or syslog over TLS).",
        references: ["CWE-319"])

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.flows.compactMap { flow -> Finding? in
            guard flow.purpose == .metrics || flow.purpose == .logs, !flow.encrypted, context.crossesHosts(flow) else { return nil }
            let what = flow.purpose.rawValue
            guard context.monitoring.isScrape(flow) else {
                return finding(
                    context, "\(flow.from) ships \(what) to \(flow.to) unencrypted over \(flow.protocol)",
                    elements: [flow.from, flow.to], evidence: [context.describe(flow)],
                    recommendation: "Ship \(flow.from)'s \(what) to \(flow.to) over TLS (e.g. https 443).")
            }
            return finding(
                context, "\(flow.from) scrapes \(flow.to)'s \(what) unencrypted over \(flow.protocol)",
                elements: [flow.from, flow.to], evidence: [context.describe(flow)],
                recommendation: "Serve \(flow.to)'s \(what) endpoint over TLS and scrape it with https from \(flow.from).")
        }
    }
}
