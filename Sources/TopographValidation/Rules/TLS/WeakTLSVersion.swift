import TopographModel

/// A TLS endpoint accepts protocol versions older than TLS 1.2.
struct WeakTLSVersion: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.weak-min-version", category: "tls", defaultSeverity: .error,
        title: "TLS endpoint accepts protocol versions older than 1.2",
        rationale: """
            TLS 1.0 and 1.1 are deprecated (RFC 8996) and vulnerable to downgrade and padding-oracle \
            attacks; PCI DSS forbids them (CWE-327).
            """,
        recommendation: "Set the minimum version to TLS 1.2 (better 1.3) with modern cipher suites.",
        references: ["CWE-327", "RFC 8996"])

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { c -> Finding? in
            guard let version = c.tls?.minVersion, let number = Self.number(version), number < 1.2 else { return nil }
            return finding(
                context, "\(c.id) accepts TLS \(version), older than 1.2",
                elements: [c.id], evidence: ["\(c.id) tls minVersion: \(version)"],
                recommendation: "Raise \(c.id)'s minimum TLS version to 1.2 or 1.3.")
        }
    }

    /// `1.1`, `TLSv1.1`, `tls1.0` -> 1.1 / 1.0; SSL versions count as 0.
    static func number(_ text: String) -> Double? {
        let lower = text.lowercased()
        if lower.hasPrefix("ssl") { return 0 }
        return Double(lower.filter { $0.isNumber || $0 == "." })
    }
}
