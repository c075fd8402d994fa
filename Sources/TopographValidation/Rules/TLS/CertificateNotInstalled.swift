import TopographModel

/// A TLS endpoint presents a certificate that is not installed where it runs.
struct CertificateNotInstalled: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.certificate-not-installed", category: "tls", defaultSeverity: .error,
        title: "TLS endpoint uses a certificate that is not installed on it",
        rationale: "TLS cannot start without the certificate and key on the endpoint; the design is incomplete.",
        recommendation: "Add the component (or its host) to the certificate's installedOn, or use the certificate that is installed.")

    func check(_ context: ValidationContext) -> [Finding] {
        return context.architecture.components.compactMap { c -> Finding? in
            guard let certID = c.tls?.certificate, let cert = context.index.certificates[certID],
                !context.certificates.isInstalled(certID, on: c)
            else { return nil }
            return finding(
                context, "\(c.id) presents \(certID), but \(certID) is not installed on \(c.id)",
                elements: [c.id, certID],
                evidence: ["\(certID) installed on: \(cert.installedOn.isEmpty ? "nothing" : ValidationContext.list(cert.installedOn))"],
                recommendation: "Install \(certID) on \(c.id) (add it to installedOn) or point \(c.id) at the certificate it holds.")
        }
    }
}
