import TopographAnalysis
import TopographModel

/// The design has a bastion, yet administration reaches machines without going through it.
struct AdminBypassesBastion: Rule {
    let descriptor = RuleDescriptor(
        id: "firewall.admin-bypasses-bastion", category: "firewall", defaultSeverity: .warning,
        title: "Administration access bypasses the bastion",
        rationale: """
            A bastion is worth having only if it is the one way in: one hardened, audited, MFA-protected \
            door. Every SSH or RDP path around it is an unaudited door that the bastion's controls never \
            see (CWE-284).
            """,
        recommendation: """
            Route administration through the bastion (ssh -J bastion host) and allow the admin port on \
            the servers only from the bastion.
            """,
        references: ["CWE-284"])

    func check(_ context: ValidationContext) -> [Finding] {
        let access = context.facts.adminAccess
        guard let bastion = access.bastions.first else { return [] }
        return access.bypasses.map { flow in
            finding(
                context, "\(flow.from) opens \(flow.protocol) to \(flow.to) directly instead of through \(bastion.id)",
                elements: [flow.to, flow.from],
                evidence: [context.describe(flow), "bastions: \(ValidationContext.list(access.bastions.map(\.id)))"],
                recommendation: """
                    Replace \(flow.from) -> \(flow.to) with \(flow.from) -> \(bastion.id) -> \(flow.to), and allow port \
                    \(flow.port.map(String.init) ?? "22") on \(context.unit(of: flow.to)) only from \(bastion.id).
                    """)
        }
    }
}
