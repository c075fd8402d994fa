import TopographAnalysis
import TopographModel

/// A bastion whose administration port any internet host may reach.
struct BastionOpenToInternet: Rule {
    let descriptor = RuleDescriptor(
        id: "firewall.bastion-open-to-internet", category: "firewall", defaultSeverity: .error,
        title: "Bastion open to the whole internet",
        rationale: """
            A bastion holds the keys to every server. With its SSH port open to any address it is \
            brute-forced within minutes and one unpatched sshd away from a breach of everything \
            (CWE-284, CWE-668).
            """,
        recommendation: """
            Put the bastion behind the VPN, or allow its admin port only from the operators' known \
            ranges (office, VPN client network); require keys and MFA.
            """,
        references: ["CWE-284", "CWE-668"])

    func check(_ context: ValidationContext) -> [Finding] {
        context.facts.adminAccess.openBastions.map { open in
            let b = open.bastion.id
            let how =
                open.admittedBy.isEmpty
                ? "no firewall covers it"
                : "\(ValidationContext.list(open.admittedBy.map(\.firewall.id))) admit\(open.admittedBy.count == 1 ? "s" : "") any source"
            let name = AdminAccessFacts.adminPorts[open.port] ?? "admin"
            return finding(
                context, "\(b)'s \(name) port \(open.port) is open to the whole internet: \(how)",
                elements: [b] + open.admittedBy.map(\.firewall.id),
                evidence: open.admittedBy.map(ValidationContext.describe) + (open.flow.map { [context.describe($0)] } ?? []),
                recommendation: """
                    Allow port \(open.port) on \(b) only from the operators' ranges (a VPN client network or \
                    office CIDR)\(open.admittedBy.isEmpty ? " behind a firewall" : " in \(ValidationContext.list(open.admittedBy.map(\.firewall.id)))"), \
                    or reach \(b) only through the VPN.
                    """)
        }
    }
}
