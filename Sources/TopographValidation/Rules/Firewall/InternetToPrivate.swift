import TopographModel

/// Internet traffic goes straight into the private zone, skipping the DMZ.
struct InternetToPrivate: Rule {
    let descriptor = RuleDescriptor(
        id: "firewall.internet-to-private", category: "firewall", defaultSeverity: .error,
        title: "Internet traffic reaches the private zone directly",
        rationale:
            "Private zones hold the data; letting internet traffic land there directly removes the DMZ's layer of defence (CWE-284).",
        recommendation: "Terminate internet traffic in the DMZ (load balancer or reverse proxy) and forward only vetted requests inward.",
        references: ["CWE-284"])

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.flows.compactMap { flow -> Finding? in
            guard context.isInternetSource.contains(flow.from), context.zoneKind(of: flow.to) == .private else { return nil }
            return finding(
                context, "\(flow.from) on the internet connects directly to \(flow.to) in the private zone",
                elements: [flow.to, flow.from], evidence: [context.describe(flow)],
                recommendation: "Put a load balancer or reverse proxy in the DMZ in front of \(flow.to) and allow \(flow.to) only from it.")
        }
    }
}
