import TopographModel

/// A certificate's expiry date is in the past.
struct CertificateExpired: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.certificate-expired", category: "tls", defaultSeverity: .error,
        title: "Certificate has expired",
        rationale: "Clients refuse expired certificates: the site is down for every user (CWE-298).",
        recommendation: "Renew the certificate and automate renewal (ACME, e.g. certbot or cert-manager) with expiry alerts.",
        references: ["CWE-298"])

    func check(_ context: ValidationContext) -> [Finding] {
        let today = context.today
        return context.architecture.certificates.compactMap { cert -> Finding? in
            guard let expires = cert.expires, expires < today else { return nil }
            return finding(
                context, "\(cert.id) (\(cert.subject)) expired on \(expires)",
                elements: [cert.id], evidence: ["\(cert.id) expires \(expires); today is \(today)"],
                recommendation: "Renew \(cert.id) now and automate its renewal (ACME) with an alert 30 days before expiry.")
        }
    }
}
