import TopographModel

/// Users reach an entry point over plain HTTP and there is no encrypted way in.
struct PublicEntryWithoutTLS: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.public-entry-without-tls", category: "tls", defaultSeverity: .error,
        title: "Public entry point serves traffic from the internet without TLS",
        rationale: """
            Everything users send (passwords, session cookies, personal data) crosses the internet in \
            cleartext and can be read or altered by anyone on the path (CWE-319, CWE-311).
            """,
        recommendation: """
            Serve HTTPS on port 443 with a certificate for the public names (e.g. Let's Encrypt), \
            redirect HTTP to HTTPS, and send Strict-Transport-Security.
            """,
        references: ["CWE-319", "CWE-311", "OWASP ASVS V9.1"])

    func check(_ context: ValidationContext) -> [Finding] {
        context.tls.plaintextEntries.map { entry in
            let flows = context.tls.plaintextEntryFlows[entry] ?? []
            let protocols = ValidationContext.list(Set(flows.map(\.protocol)).sorted())
            return finding(
                context,
                "\(entry) is reached from the internet over \(protocols) only: nothing users send is encrypted",
                elements: [entry], evidence: flows.map(context.describe),
                recommendation: """
                    Terminate TLS at \(entry) on port 443 with a certificate for \
                    \(context.architecture.domain ?? "the public name"), make the flows from the internet https, \
                    and keep port 80 only to redirect to HTTPS (with HSTS).
                    """)
        }
    }
}
