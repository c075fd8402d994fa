import TopographAnalysis
import TopographModel

/// Database or administration ports reachable from the internet.
struct SensitivePortExposed: Rule {
    static let adminPorts = AdminAccessFacts.adminPorts

    let descriptor = RuleDescriptor(
        id: "firewall.sensitive-port-exposed", category: "firewall", defaultSeverity: .error,
        title: "Database or administration port reachable from the internet",
        rationale: """
            Databases and admin services (SSH, RDP) are brute-forced and exploited within minutes of \
            being exposed; a reachable MySQL port is one weak password away from a data breach \
            (CWE-284, CWE-668).
            """,
        recommendation: """
            Allow database ports only from the application tier and admin ports only from a bastion host \
            or VPN; never from any/0.0.0.0/0 or the internet zone.
            """,
        references: ["CWE-284", "CWE-668"])

    func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        // A bastion exists to be reached: whether any internet host may is firewall.bastion-open-to-internet.
        for c in context.architecture.components where c.kind != .bastion {
            for port in sensitivePorts(of: c) {
                if let flow = (context.index.incoming[c.id] ?? []).first(where: {
                    context.isInternetSource.contains($0.from) && ($0.port == nil || $0.port == port)
                }) {
                    findings.append(exposed(c, port, by: [], evidence: [context.describe(flow)], context))
                    continue
                }
                // Internet traffic must get through every firewall in front of the port.
                let firewalls = context.firewalls.covering(c.id)
                let admitted = firewalls.compactMap { admission(of: port, by: $0, context) }
                if !firewalls.isEmpty && admitted.count == firewalls.count {
                    findings.append(exposed(c, port, by: firewalls.map(\.id), evidence: admitted, context))
                }
            }
        }
        return findings
    }

    /// Why `fw` lets an arbitrary internet host reach `port`, or nil when it does not.
    private func admission(of port: Int, by fw: Component, _ context: ValidationContext) -> String? {
        context.firewalls.internetAdmission(of: port, by: fw).map(ValidationContext.describe)
    }

    private func sensitivePorts(of c: Component) -> [Int] {
        var ports = c.ports.filter { Self.adminPorts[$0] != nil }
        if c.kind == .database || c.kind == .cache { ports = c.ports + ports }
        var seen = Set<Int>()
        return ports.filter { seen.insert($0).inserted }
    }

    private func exposed(_ c: Component, _ port: Int, by firewalls: [ElementID], evidence: [String], _ context: ValidationContext)
        -> Finding
    {
        let fw = firewalls.isEmpty ? nil : ValidationContext.list(firewalls)
        let what = Self.adminPorts[port].map { "\($0) port \(port)" } ?? "\(c.kind.title) port \(port)"
        let how = fw.map { " through \($0)" } ?? ""
        return finding(
            context, "\(c.id)'s \(what) is reachable from the internet\(how)",
            elements: firewalls + [c.id], evidence: evidence,
            recommendation: Self.adminPorts[port] != nil
                ? "Allow port \(port) on \(c.id) only from a bastion host or VPN range\(fw.map { " in \($0)" } ?? "")."
                : "Allow port \(port) on \(c.id) only from the application tier\(fw.map { " in \($0)" } ?? ""); never from the internet.")
    }
}
