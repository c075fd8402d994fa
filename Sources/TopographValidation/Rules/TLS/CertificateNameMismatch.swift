import TopographModel

/// A DNS name points at a TLS endpoint whose certificate does not cover that name.
struct CertificateNameMismatch: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.certificate-name-mismatch", category: "tls", defaultSeverity: .error,
        title: "Certificate where TLS terminates does not cover the DNS name pointing there",
        rationale: """
            Browsers reject a certificate whose names do not include the host users typed: the site \
            fails with a certificate error, and users learn to click through warnings (CWE-297).
            """,
        recommendation: "Add the DNS name to the certificate's subject alternative names, or use a matching certificate.",
        references: ["CWE-297", "RFC 6125"])

    func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for record in context.architecture.components {
            guard let dns = record.spec.dnsRecord else { continue }
            for target in dns.targets {
                guard let endpoint = context.component(target), let tls = endpoint.tls, tls.mode != .passthrough,
                    let certID = tls.certificate, let cert = context.index.certificates[certID], !cert.covers(dns.name)
                else { continue }
                findings.append(
                    finding(
                        context, "\(certID) presented by \(target) does not cover \(dns.name), which \(record.id) points at \(target)",
                        elements: [certID, target, record.id],
                        evidence: ["\(record.id): \(dns.name) -> \(target)", "\(certID) names: \(ValidationContext.list(cert.names))"],
                        recommendation:
                            "Add \(dns.name) to \(certID)'s subject alternative names, or install a certificate for \(dns.name) on \(target)."
                    ))
            }
        }
        return findings
    }
}
