import TopographModel

/// One machine serves every request, so deploying or patching it takes the site down.
struct DowntimeOnDeploy: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.downtime-on-deploy", category: "availability", defaultSeverity: .warning,
        title: "Deploys and maintenance cause downtime (one server)",
        rationale: "With one server, every code deploy, restart, OS patch or reboot is an outage for every user.",
        recommendation: "Serve from two or more servers behind a load balancer and deploy one at a time (rolling or blue-green deployment)."
    )

    func check(_ context: ValidationContext) -> [Finding] {
        let serving = (context.tiers.members[.webServer] ?? []) + (context.tiers.members[.appServer] ?? [])
        let units = Set(serving.map { context.unit(of: $0.id) })
        guard units.count == 1, let unit = units.first else { return [] }
        return [
            finding(
                context,
                "\(unit) is the only server: every deploy, restart or patch of \(ValidationContext.list(serving.map(\.id))) is downtime",
                elements: [unit],
                evidence: [
                    "web and application servers: \(ValidationContext.list(serving.map { "\($0.id) on \(context.unit(of: $0.id))" }))"
                ],
                recommendation:
                    "Add a second server and a load balancer, then deploy to \(unit) and its peer one at a time (rolling or blue-green).")
        ]
    }
}
