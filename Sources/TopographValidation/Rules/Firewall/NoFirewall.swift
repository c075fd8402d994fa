import TopographModel

/// The design has no firewall at all.
struct NoFirewall: Rule {
    let descriptor = RuleDescriptor(
        id: "firewall.no-firewall", category: "firewall", defaultSeverity: .error,
        title: "No firewall anywhere in the design",
        rationale: """
            Without a firewall every port every process opens (database, admin, debug endpoints) is \
            reachable by whatever can route to the machine; one misconfigured bind address exposes the \
            data (CWE-284).
            """,
        recommendation: """
            Put a default-deny firewall in front of every machine: a network firewall (security group) \
            at the edge allowing only 80/443 to the entry point, and host firewalls (iptables/nftables, \
            ufw) allowing each tier only from the tier in front of it.
            """,
        references: ["CWE-284", "CIS Controls 4.4"])

    func check(_ context: ValidationContext) -> [Finding] {
        guard context.firewalls.all.isEmpty else { return [] }
        let units = context.exposure.receivingUnits
        guard !units.isEmpty else { return [] }
        let names = units.map(\.unit)
        return [
            finding(
                context, "No firewall protects \(ValidationContext.list(names)): every listening port is open to whatever can reach them",
                elements: names, evidence: units.map { "\($0.unit): \(context.listening(on: $0.unit))" },
                recommendation: """
                    Add a default-deny firewall for \(ValidationContext.list(names)): allow only the flows the design \
                    needs (e.g. 443 from the internet to the entry point, each tier only from the tier in front \
                    of it) and deny the rest.
                    """)
        ]
    }
}
