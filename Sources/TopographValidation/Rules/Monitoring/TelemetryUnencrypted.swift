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

    /// One finding per platform and direction: eight agents shipping to one platform in
    /// cleartext are one decision (the platform's intake), not eight.
    func check(_ context: ValidationContext) -> [Finding] {
        var groups: [String: [Flow]] = [:]
        var order: [String] = []
        for flow in context.architecture.flows {
            guard flow.purpose == .metrics || flow.purpose == .logs, !flow.encrypted, context.crossesHosts(flow) else { continue }
            let scrape = context.monitoring.isScrape(flow)
            let key = "\(scrape ? "scrape" : "push")|\(scrape ? flow.from : flow.to)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(flow)
        }
        return order.compactMap { key in
            guard let flows = groups[key] else { return nil }
            return flows.count == 1
                ? single(flows[0], context) : grouped(flows, scrape: key.hasPrefix("scrape"), context)
        }
    }

    private func single(_ flow: Flow, _ context: ValidationContext) -> Finding {
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

    private func grouped(_ flows: [Flow], scrape: Bool, _ context: ValidationContext) -> Finding {
        let what = ValidationContext.list(flows.map(\.purpose.rawValue).uniqued())
        let protocols = ValidationContext.list(flows.map(\.protocol).uniqued())
        let evidence = flows.map(context.describe)
        if scrape {
            let platform = flows[0].from
            let targets = flows.map(\.to).uniqued()
            return finding(
                context, "\(platform) scrapes \(what) from \(targets.count) targets unencrypted over \(protocols)",
                elements: [platform] + targets, evidence: evidence,
                recommendation:
                    "Serve the \(what) endpoints of \(ValidationContext.list(targets)) over TLS and scrape them with https from \(platform)."
            )
        }
        let platform = flows[0].to
        let agents = flows.map(\.from).uniqued()
        return finding(
            context, "\(agents.count) agents ship \(what) to \(platform) unencrypted over \(protocols)",
            elements: agents + [platform], evidence: evidence,
            recommendation:
                "Make \(platform) accept telemetry over TLS only, and point \(ValidationContext.list(agents)) at it (e.g. https 443).")
    }
}
