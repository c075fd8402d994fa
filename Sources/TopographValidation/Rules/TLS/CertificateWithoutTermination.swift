import TopographModel

/// A certificate's private key is installed where no TLS ever terminates.
struct CertificateWithoutTermination: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.certificate-without-termination", category: "tls", defaultSeverity: .warning,
        title: "Certificate installed on a component or host that never terminates TLS",
        rationale: """
            A private key that serves no TLS endpoint only adds places it can be stolen from; whoever \
            gets it can impersonate the site (CWE-320).
            """,
        recommendation: "Remove the certificate and its private key from hosts that do not terminate TLS.",
        references: ["CWE-320"])

    func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for cert in context.architecture.certificates {
            for place in cert.installedOn where !context.certificates.configuresTermination(at: place) {
                findings.append(
                    finding(
                        context, "\(place) holds the private key of \(cert.id) but never terminates TLS",
                        elements: [place, cert.id], evidence: ["\(cert.id) installed on: \(ValidationContext.list(cert.installedOn))"],
                        recommendation: "Remove \(cert.id) from \(place), or configure TLS termination on it with that certificate."))
            }
        }
        return findings
    }
}
