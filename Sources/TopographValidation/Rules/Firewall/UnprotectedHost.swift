import TopographModel

/// Firewalls exist, but some machine receiving traffic has none in front of it.
struct UnprotectedHost: Rule {
    let descriptor = RuleDescriptor(
        id: "firewall.unprotected-host", category: "firewall", defaultSeverity: .warning,
        title: "Machine receives traffic with no firewall on its ingress path",
        rationale:
            "A gap in firewall coverage is where an attacker moves laterally: every port on that machine is open to the network (CWE-284).",
        recommendation:
            "Add a host firewall or put the machine behind a network firewall (protects: host or zone) that allows only the flows it needs.",
        references: ["CWE-284"])

    func check(_ context: ValidationContext) -> [Finding] {
        guard !context.firewalls.all.isEmpty else { return [] }
        let units = context.exposure.receivingUnits
        let unprotected = units.filter { context.exposure.isUnprotected.contains($0.unit) }
        let coverage = "firewall coverage: \(units.count - unprotected.count) of \(units.count) machines receiving traffic"
        return unprotected.map { unit, flows in
            finding(
                context, "\(unit) receives traffic but no firewall covers it",
                elements: [unit], evidence: [coverage, "listening: \(context.listening(on: unit))"] + flows.map(context.describe),
                recommendation:
                    "Add a default-deny host firewall on \(unit), or list \(unit) (or its zone) in a network firewall's protects, allowing only: \(ValidationContext.list(flows.map { "\($0.from) -> \($0.to) \($0.port.map(String.init) ?? $0.protocol)" }))."
            )
        }
    }
}
