import TopographModel

/// One private key copied onto many machines, or across tiers.
struct SharedPrivateKey: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.shared-private-key", category: "tls", defaultSeverity: .warning,
        title: "The same private key is copied onto many hosts",
        rationale: """
            Every copy of a private key is a place it can leak from; a compromise of the least protected \
            host (often a backend) lets an attacker impersonate the public site, and rotation must touch \
            every copy (CWE-320).
            """,
        recommendation: """
            Keep the public certificate's key only where public TLS terminates (the load balancer tier); \
            give backends their own internal certificates (an internal CA or mTLS), or keep keys in an HSM \
            or secrets manager with automated rotation.
            """,
        references: ["CWE-320"])

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.certificates.compactMap { cert -> Finding? in
            var units: [ElementID] = []
            var seen = Set<ElementID>()
            for place in cert.installedOn where seen.insert(context.unit(of: place)).inserted { units.append(context.unit(of: place)) }
            let kinds = Set(
                cert.installedOn.flatMap { place in
                    context.component(place).map { [$0.kind] } ?? context.components(on: place).filter { $0.tls != nil }.map(\.kind)
                })
            guard units.count > 3 || (units.count > 1 && kinds.count > 1) else { return nil }
            let tiers = ValidationContext.list(kinds.map(\.title).sorted())
            return finding(
                context,
                "The private key of \(cert.id) is copied onto \(units.count) machines (\(ValidationContext.list(cert.installedOn))) across \(tiers) tiers",
                elements: [cert.id] + cert.installedOn,
                evidence: cert.installedOn.map {
                    "\(cert.id) on \($0)" + (context.unit(of: $0) != $0 ? " (host \(context.unit(of: $0)))" : "")
                },
                recommendation: """
                    Keep \(cert.id)'s key only where public TLS terminates; give the other hosts their own internal \
                    certificates (internal CA or mTLS) or drop TLS config they do not use, and automate rotation.
                    """)
        }
    }
}
