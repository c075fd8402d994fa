import TopographModel

/// A component is configured to serve HTTPS, or holds the certificate, yet only ever receives
/// plaintext: the design says two contradictory things.
struct BackendTLSContradiction: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.backend-tls-contradiction", category: "tls", defaultSeverity: .warning,
        title: "Component declares TLS termination but receives only plaintext",
        rationale: """
            The component is said to terminate TLS (and holds a private key for it), but every request \
            it receives is plaintext. Either the design believes traffic is encrypted where it is not \
            (CWE-319), or a private key sits on a host that never needs it (CWE-320).
            """,
        recommendation: """
            Decide where TLS ends: make the hops into the component encrypted (re-encryption or TLS \
            passthrough at the load balancer), or remove its TLS configuration and the private key.
            """,
        references: ["CWE-319", "CWE-320"])

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { c -> Finding? in
            guard let tls = c.tls, context.tls.endpoint(c.id) == .plaintextOnly else { return nil }
            let incoming = (context.index.incoming[c.id] ?? []).filter { $0.purpose == .request }
            let senders = ValidationContext.list(Set(incoming.map(\.from)).sorted())
            let protocols = ValidationContext.list(Set(incoming.map(\.protocol)).sorted())
            let cert = tls.certificate.map { " with \($0)" } ?? ""
            var evidence = ["\(c.id) tls: \(tls.mode.rawValue)\(tls.certificate.map { ", certificate \($0)" } ?? "")"]
            evidence += incoming.map(context.describe)
            return finding(
                context,
                "\(c.id) declares TLS termination\(cert) but receives only plaintext \(protocols) from \(senders)",
                elements: [c.id], evidence: evidence,
                recommendation: """
                    Either encrypt \(senders) -> \(c.id) (re-encrypt or pass TLS through) so \(c.id) really \
                    terminates TLS, or remove the TLS configuration\(tls.certificate.map { " and the \($0) private key" } ?? "") \
                    from \(c.id).
                    """)
        }
    }
}
