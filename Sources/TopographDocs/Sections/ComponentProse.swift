import TopographModel

/// A component's paragraph in "Specifics": what it is, the role it plays in this design and its
/// configuration, assembled from its kind-specific facts and the flows around it.
enum ComponentProse {
    static func paragraph(_ c: Component, _ facts: DocumentFacts) -> String {
        var head = "**\(facts.ref(c.id))** — \(c.kind.title)"
        if let name = c.name, name != c.id.rawValue { head += " “\(MD.text(name))”" }
        if let software = c.software { head += ", \(MD.text(software.description))" }
        if !c.ports.isEmpty { head += ", listening on \(c.ports.count == 1 ? "port" : "ports") \(MD.list(c.ports.map(String.init)))" }
        head += c.host == nil ? ", \(facts.placement(of: c))." : "."
        var sentences = [head]
        sentences += roleSentences(c, facts)
        if let description = c.description, !description.isEmpty { sentences.append("Noted in the model: \(MD.text(description)).") }
        return sentences.joined(separator: " ")
    }

    static func roleSentences(_ c: Component, _ facts: DocumentFacts) -> [String] {
        switch c.spec {
        case .client: return [traffic(c, facts)]
        case .dnsRecord(let dns): return DNSProse.sentences(c, dns, facts)
        case .firewall(let fw): return FirewallProse.sentences(c, fw, facts)
        case .loadBalancer(let lb): return LoadBalancerProse.sentences(c, lb, facts)
        case .database(let db): return DatabaseProse.sentences(c, db, facts)
        case .monitoringAgent(let agent): return MonitoringProse.agent(c, agent, facts)
        case .monitoringPlatform(let platform): return MonitoringProse.platform(c, platform, facts)
        case .cache(let cache):
            return [cache.engine.map { "An in-memory \(MD.text($0)) cache." } ?? "An in-memory cache.", traffic(c, facts)]
        case .generic(let g):
            return [g.role.map { "Its role: \(MD.text($0))." } ?? "Its role is not declared.", traffic(c, facts)]
        case .webServer, .appServer:
            return [traffic(c, facts)] + unusedPorts(c, facts) + tlsConfiguration(c, facts)
        }
    }

    /// "It receives requests from `lb` (http on port 80) and sends requests to `app-1` (http on port 8000)."
    static func traffic(_ c: Component, _ facts: DocumentFacts) -> String {
        let incoming = facts.incoming(c.id)
        let outgoing = facts.outgoing(c.id)
        guard !incoming.isEmpty || !outgoing.isEmpty else { return "No flow reaches or leaves it in this model." }
        var parts: [String] = []
        if !incoming.isEmpty { parts.append("receives " + summarise(incoming, peer: \.from, "from", facts)) }
        if !outgoing.isEmpty { parts.append("sends " + summarise(outgoing, peer: \.to, "to", facts)) }
        return "It " + MD.list(parts) + "."
    }

    /// "requests from `lb` (http on port 80, plaintext)", grouped by purpose and transport.
    static func summarise(_ flows: [Flow], peer: KeyPath<Flow, ElementID>, _ preposition: String, _ facts: DocumentFacts) -> String {
        var order: [String] = []
        var groups: [String: [Flow]] = [:]
        for flow in flows {
            let key = "\(flow.purpose)|\(flow.protocol)|\(flow.port ?? -1)|\(flow.encrypted)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(flow)
        }
        return MD.list(
            order.map { key in
                let group = groups[key]!
                let flow = group[0]
                let what = flow.purpose == .request ? "requests" : MD.text(purposeNoun(flow.purpose))
                let peers = facts.refs((group.map { $0[keyPath: peer] }).uniqued())
                if facts.isLocal(flow) { return "\(what) \(preposition) \(peers) (through the local file system)" }
                return "\(what) \(preposition) \(peers) (\(facts.transport(flow)), \(flow.encrypted ? "encrypted" : "plaintext"))"
            })
    }

    /// Declared listening ports no modelled flow arrives on: open surface without a visible need.
    static func unusedPorts(_ c: Component, _ facts: DocumentFacts) -> [String] {
        let incoming = facts.incoming(c.id)
        guard !incoming.isEmpty, !c.ports.isEmpty else { return [] }
        let used = Set(incoming.compactMap(\.port))
        let idle = c.ports.filter { !used.contains($0) }
        guard !idle.isEmpty else { return [] }
        return ["No modelled flow arrives on \(idle.count == 1 ? "port" : "ports") \(MD.list(idle.map(String.init)))."]
    }

    static func purposeNoun(_ purpose: FlowPurpose) -> String {
        switch purpose {
        case .read: "reads"
        case .write: "writes"
        case .dns: "DNS lookups"
        case .healthCheck: "health checks"
        case .admin: "admin traffic"
        default: purpose.rawValue
        }
    }

    /// The component's own TLS endpoint, checked against the traffic it actually receives.
    static func tlsConfiguration(_ c: Component, _ facts: DocumentFacts) -> [String] {
        guard let tls = c.tls else { return [] }
        let incoming = facts.incoming(c.id)
        let cert = certificateText(tls, facts)
        switch tls.mode {
        case .passthrough: return ["It passes TLS through to the next hop without decrypting it."]
        case .terminate, .reencrypt:
            if !incoming.isEmpty && !incoming.contains(where: \.encrypted) {
                return [
                    "It is configured to terminate TLS with \(cert), yet every flow it receives is plaintext: "
                        + "the certificate and its private key sit on this host without protecting any hop."
                ]
            }
            let verb = tls.mode == .terminate ? "It terminates TLS" : "It decrypts TLS and re-encrypts onward"
            return ["\(verb) with \(cert)."]
        }
    }
}
