import TopographModel

/// A firewall that lets all inbound traffic through.
struct AllowsEverything: Rule {
    let descriptor = RuleDescriptor(
        id: "firewall.allows-everything", category: "firewall", defaultSeverity: .error,
        title: "Firewall allows all inbound traffic",
        rationale:
            "A firewall whose default or first rule allows any source on any port filters nothing; it only gives a false sense of safety (CWE-284).",
        recommendation: "Default-deny ingress, then allow only the peers and ports each flow needs.",
        references: ["CWE-284"])

    func check(_ context: ValidationContext) -> [Finding] {
        context.firewalls.all.compactMap { fw -> Finding? in
            guard let spec = fw.spec.firewall else { return nil }
            let ingress = spec.rules.enumerated().filter { $0.element.direction == .ingress }
            let open = ingress.first { _, rule in
                rule.action == .allow && FirewallRule.isAnyPeer(rule.peer) && rule.ports.isEmpty && rule.transport != .udp
            }
            let denies = ingress.contains { $0.element.action == .deny }
            let evidence: String
            if let (i, rule) = open, !ingress.prefix(while: { $0.offset < i }).contains(where: { $0.element.action == .deny }) {
                evidence = "\(fw.id) ingress rule \(i + 1): \(ValidationContext.describe(rule))"
            } else if spec.defaultIngress == .allow && !denies {
                evidence = "\(fw.id) default ingress policy: allow, and no ingress rule denies anything"
            } else {
                return nil
            }
            let protects = spec.scope == .host ? (fw.host.map { "host \($0)" } ?? "its host") : ValidationContext.list(spec.protects)
            return finding(
                context, "\(fw.id) allows all inbound traffic to \(protects)", elements: [fw.id], evidence: [evidence],
                recommendation: "Make \(fw.id) default-deny for ingress and allow only the peers and ports the flows into \(protects) need."
            )
        }
    }
}
