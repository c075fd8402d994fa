import TopographAnalysis
import TopographModel

/// Shared phrases about TLS, certificates and load balancing, used by the walk and the specifics.
extension ComponentProse {
    static func algorithmText(_ algorithm: BalancingAlgorithm) -> String {
        switch algorithm {
        case .roundRobin: "round robin"
        case .weightedRoundRobin: "weighted round robin"
        case .leastConnections: "least connections"
        case .sourceHash: "source-address hashing"
        case .random: "random choice"
        }
    }

    /// "http `GET /health`".
    static func healthCheckText(_ check: HealthCheck) -> String {
        var text = MD.text(check.protocol)
        if let path = check.path { text += " " + MD.code(path) }
        if let interval = check.intervalSeconds { text += " every \(interval) s" }
        return text
    }

    /// "certificate `www-cert` (www.foobar.com)" with the accepted protocol versions.
    static func certificateText(_ tls: TLSEndpoint, _ doc: DocumentContext) -> String {
        var text = ""
        if let id = tls.certificate {
            text = "certificate \(doc.ref(id))"
            if let cert = doc.index.certificates[id] { text += " (\(MD.list(cert.names.map(MD.code))))" }
        } else {
            text = "no declared certificate"
        }
        if let min = tls.minVersion { text += ", accepting TLS \(MD.text(min)) or newer" }
        return text
    }

    /// What happens when traffic reaches TLS-configured components, for the request walk.
    static func tlsArrival(_ members: [Component], encrypted: Bool, protocol proto: String, _ doc: DocumentContext) -> String {
        guard let tls = members.first?.tls else { return "" }
        let who = doc.refs(members.map(\.id))
        let one = members.count == 1
        if !encrypted && tls.mode != .passthrough {
            return "\(who) \(one ? "is" : "are") configured to terminate TLS with \(certificateText(tls, doc)), "
                + "but this hop reaches \(one ? "it" : "them") as plain \(MD.text(proto)): the certificate is not used on this path."
        }
        switch tls.mode {
        case .terminate:
            // Each request reaches one member, so the sentence follows one request.
            let whereTo = one ? who : "whichever of \(MD.list(members.map { doc.ref($0.id) }, conjunction: "or")) receives it"
            return "TLS terminates at \(whereTo), which presents \(certificateText(tls, doc)); from here on the request is decrypted."
        case .reencrypt:
            return
                "\(who) \(one ? "decrypts" : "decrypt") it with \(certificateText(tls, doc)) and \(one ? "opens" : "open") new TLS connections onward."
        case .passthrough:
            return "\(who) \(one ? "passes" : "pass") the TLS stream through unopened; it is decrypted further in."
        }
    }
}
