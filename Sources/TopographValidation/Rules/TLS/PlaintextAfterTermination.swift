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
        for members in groups(sources, hopsBySource, context) {
            let source = members[0]
            let hops = members.flatMap { hopsBySource[$0]! }
            let origin = tls.decryptedAt[source]!
            let targets = hops.map(\.to).uniqued()
            var evidence: [String] = []
            for member in members {
                let memberOrigin = tls.decryptedAt[member]!
                guard let entry = tls.encryptedEntry[memberOrigin] else { continue }
                let path = context.reach.pathText(to: memberOrigin) ?? "\(entry.from) -> \(memberOrigin)"
                evidence.append("path: \(path); TLS ends at \(memberOrigin) (\(entry.protocol) from \(entry.from))")
            }
            evidence = evidence.uniqued() + hops.map(context.describe)
            let protocols = ValidationContext.list(Set(hops.map(\.protocol)).sorted())
            let who = ValidationContext.list(members)
            let allTerminate = members.allSatisfy { tls.decryptedAt[$0] == $0 }
            let decryptedAt = ValidationContext.list(terminators(with: origin, context))
            let message =
                members.count > 1 && allTerminate
                ? "\(who) all terminate TLS and forward the decrypted traffic to \(ValidationContext.list(targets)) in plaintext over \(protocols)"
                : source == origin
                    ? "\(who) terminates TLS and forwards the decrypted traffic to \(ValidationContext.list(targets)) in plaintext over \(protocols)"
                    : members.count > 1
                        ? "\(who) each forward traffic decrypted at \(decryptedAt) to \(ValidationContext.list(targets)) in plaintext over \(protocols)"
                        : "\(who) forwards traffic decrypted at \(decryptedAt) to \(ValidationContext.list(targets)) in plaintext over \(protocols)"
            findings.append(
                finding(
                    context, members.count == 2 ? message.replacing(" all terminate", with: " both terminate") : message,
                    elements: members + targets, evidence: evidence,
                    recommendation: source == origin || allTerminate
                        ? """
                        Encrypt \(who) -> \(ValidationContext.list(targets)): re-encrypt at \(who) with TLS to \
                        the backends (verify their certificates), or pass TLS through so it ends on \
                        \(ValidationContext.list(targets)), or use mutual TLS inside the network; then mark the flows \
                        encrypted.
                        """
                        : """
                        Encrypt \(who) -> \(ValidationContext.list(targets)): connect over TLS and verify \
                        \(ValidationContext.list(targets))'s certificate (\(protocols) over TLS), or use mutual TLS \
                        inside the network; then mark the flows encrypted.
                        """))
        }
        return findings
    }

    /// The sources that make one finding, in order: a load-balancer pair or cluster (its members
    /// make one decision), and a tier of servers that forward traffic decrypted at the same place (or
    /// each decrypt their own) to the same targets over the same protocols: three API servers
    /// writing to one queue in plaintext need one fix, not three findings.
    private func groups(_ sources: [ElementID], _ hopsBySource: [ElementID: [Flow]], _ context: ValidationContext) -> [[ElementID]] {
        var result: [[ElementID]] = []
        var done = Set<ElementID>()
        var forwarderGroup: [String: Int] = [:]
        for source in sources where !done.contains(source) {
            let members = peers(of: source, context).filter { hopsBySource[$0] != nil }
            done.formUnion(members)
            let origin = context.tls.decryptedAt[source]!
            guard members.count == 1 else {
                result.append(members)
                continue
            }
            let hops = hopsBySource[source]!
            let key = [
                origin == source ? "" : terminators(with: origin, context).map(\.rawValue).joined(separator: ","),
                hops.map(\.to.rawValue).uniqued().sorted().joined(separator: ","),
                Set(hops.map(\.protocol)).sorted().joined(separator: ","),
            ].joined(separator: "\u{0}")
            if let index = forwarderGroup[key] {
                result[index].append(source)
            } else {
                forwarderGroup[key] = result.count
                result.append(members)
            }
        }
        return result
    }

    /// Where TLS ends for traffic decrypted at `origin`: it and its peers that terminate too (a pair
    /// both decrypts, so "decrypted at lb-1" alone would be wrong).
    private func terminators(with origin: ElementID, _ context: ValidationContext) -> [ElementID] {
        let all = peers(of: origin, context).filter { context.tls.decryptedAt[$0] == $0 }
        return all.isEmpty ? [origin] : all
    }

    /// `source` and the load balancers it is paired with: its declared cluster, the members of a
    /// virtual IP it answers on; in declaration order.
    private func peers(of source: ElementID, _ context: ValidationContext) -> [ElementID] {
        var group: Set<ElementID> = [source]
        group.formUnion(context.index.components[source]?.spec.loadBalancer?.cluster ?? [])
        for c in context.architecture.components {
            if let members = c.spec.virtualIP?.members, members.contains(source) { group.formUnion(members) }
            if let cluster = c.spec.loadBalancer?.cluster, cluster.contains(source) { group.insert(c.id) }
        }
        let ordered = context.architecture.components.map(\.id).filter(group.contains)
        // A hop can leave a host (SSH, an agent declared on the machine): it is its own group.
        return ordered.contains(source) ? ordered : [source] + ordered
    }
}
