import TopographModel

/// TLS from the internet ends somewhere, and the decrypted traffic continues over the network in
/// plaintext: the classic load balancer that terminates HTTPS and forwards HTTP.
struct PlaintextAfterTermination: Rule {
    let descriptor = RuleDescriptor(
        id: "tls.plaintext-after-termination", category: "tls", defaultSeverity: .error,
        title: "Traffic travels in plaintext after TLS termination",
        rationale: """
            Once TLS ends, requests (credentials, cookies, personal data) cross the internal network in \
            cleartext: anyone with a foothold inside, a mirrored switch port or a compromised neighbour \
            reads and alters them (CWE-319). Internal networks are not a trust boundary (zero trust).
            """,
        recommendation: """
            Keep traffic encrypted to the backends: re-encrypt from the TLS termination point to each \
            backend (backend TLS with certificate verification), pass TLS through to the backends so it \
            ends on the servers, or use mutual TLS inside the network (e.g. a service mesh).
            """,
        references: ["CWE-319", "NIST SP 800-207"])

    func check(_ context: ValidationContext) -> [Finding] {
        let tls = context.tls
        var findings: [Finding] = []
        var hopsBySource: [ElementID: [Flow]] = [:]
        var sources: [ElementID] = []
        for flow in tls.plaintextHops {
            if hopsBySource[flow.from] == nil { sources.append(flow.from) }
            hopsBySource[flow.from, default: []].append(flow)
        }
        for source in sources {
            let hops = hopsBySource[source]!
            let origin = tls.decryptedAt[source]!
            let targets = hops.map(\.to)
            var evidence: [String] = []
            if let entry = tls.encryptedEntry[origin] {
                let path = context.reach.pathText(to: origin) ?? "\(entry.from) -> \(origin)"
                evidence.append("path: \(path); TLS ends at \(origin) (\(entry.protocol) from \(entry.from))")
            }
            evidence += hops.map(context.describe)
            let protocols = ValidationContext.list(Set(hops.map(\.protocol)).sorted())
            let message =
                source == origin
                ? "\(source) terminates TLS and forwards the decrypted traffic to \(ValidationContext.list(targets)) in plaintext over \(protocols)"
                : "\(source) forwards traffic decrypted at \(origin) to \(ValidationContext.list(targets)) in plaintext over \(protocols)"
            findings.append(
                finding(
                    context, message, elements: [source] + targets, evidence: evidence,
                    recommendation: """
                        Encrypt \(source) -> \(ValidationContext.list(targets)): re-encrypt at \(source) with TLS to \
                        the backends (verify their certificates), or pass TLS through so it ends on \
                        \(ValidationContext.list(targets)), or use mutual TLS inside the network; then mark the flows \
                        encrypted.
                        """))
        }
        return findings
    }
}
