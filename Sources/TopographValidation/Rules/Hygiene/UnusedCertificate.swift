import TopographModel

/// A certificate no TLS endpoint presents and nothing holds.
struct UnusedCertificate: Rule {
    let descriptor = RuleDescriptor(
        id: "hygiene.unused-certificate", category: "hygiene", defaultSeverity: .warning,
        title: "Certificate is not used",
        rationale:
            "An unused certificate still has to be renewed, tracked and protected, or it lingers as confusion about where TLS really ends.",
        recommendation: "Use it on the TLS endpoint it was issued for, or remove it (and revoke it if the key may have spread).")

    func check(_ context: ValidationContext) -> [Finding] {
        let presented = context.certificates.referenced
        return context.architecture.certificates.compactMap { cert -> Finding? in
            guard !presented.contains(cert.id), cert.installedOn.isEmpty else { return nil }
            return finding(
                context, "\(cert.id) (\(cert.subject)) is installed nowhere and no TLS endpoint presents it", elements: [cert.id],
                evidence: ["no component's tls uses \(cert.id); installedOn is empty"],
                recommendation: "Install \(cert.id) where TLS for \(cert.subject) terminates, or remove it.")
        }
    }
}
