import TopographAnalysis
import TopographModel

/// A component's paragraph in "Specifics": what it is, the role it plays in this design and its
/// configuration, assembled from its kind-specific doc and the flows around it.
enum ComponentProse {
    static func paragraph(_ c: Component, _ doc: DocumentContext) -> String {
        var head = "**\(doc.ref(c.id))** — \(c.kind.title)"
        if let name = c.name, name != c.id.rawValue { head += " “\(MD.text(name))”" }
        if let software = c.software { head += ", \(MD.text(software.description))" }
        if !c.ports.isEmpty { head += ", listening on \(c.ports.count == 1 ? "port" : "ports") \(MD.list(c.ports.map(String.init)))" }
        head += c.host == nil ? ", \(doc.placement(of: c))." : "."
        var sentences = [head]
        sentences += roleSentences(c, doc)
        sentences += coverageGaps(c, doc)
        if let description = c.description, !description.isEmpty { sentences.append("Noted in the model: \(MD.text(description)).") }
        return sentences.joined(separator: " ")
    }

    static func roleSentences(_ c: Component, _ doc: DocumentContext) -> [String] {
        switch c.spec {
        case .client: return [traffic(c, doc)]
        case .dnsRecord(let dns): return DNSProse.sentences(c, dns, doc)
        case .firewall(let fw): return FirewallProse.sentences(c, fw, doc)
        case .loadBalancer(let lb): return LoadBalancerProse.sentences(c, lb, doc)
        case .database(let db): return DatabaseProse.sentences(c, db, doc)
        case .monitoringAgent(let agent): return MonitoringProse.agent(c, agent, doc)
        case .monitoringPlatform(let platform): return MonitoringProse.platform(c, platform, doc)
        case .cache(let cache):
            let what = cache.engine.map { "An in-memory \(MD.text($0)) cache" } ?? "An in-memory cache"
            return [what + (cache.provider.map { ", run by \(MD.text($0)) as a managed service." } ?? "."), traffic(c, doc)]
        case .bastion, .vpnGateway, .virtualIP, .cdn, .waf, .messageQueue, .objectStorage:
            return ServiceProse.sentences(c, doc) + [traffic(c, doc)]
        case .generic(let g):
            return [g.role.map { "Its role: \(MD.text($0))." } ?? "Its role is not declared.", traffic(c, doc)]
        case .webServer, .appServer:
            return [traffic(c, doc)] + unusedPorts(c, doc) + tlsConfiguration(c, doc)
        }
    }

    /// "It receives requests from `lb` (http on port 80) and sends requests to `app-1` (http on port 8000)."
    static func traffic(_ c: Component, _ doc: DocumentContext) -> String {
        let incoming = doc.incoming(c.id)
        let outgoing = doc.outgoing(c.id)
        guard !incoming.isEmpty || !outgoing.isEmpty else { return "No flow reaches or leaves it in this model." }
        var parts: [String] = []
        if !incoming.isEmpty { parts.append("receives " + summarise(incoming, peer: \.from, "from", doc)) }
        if !outgoing.isEmpty { parts.append("sends " + summarise(outgoing, peer: \.to, "to", doc)) }
        return "It " + MD.list(parts) + "."
    }

    /// "requests from `lb` (http on port 80, plaintext)", grouped by purpose and transport.
    static func summarise(_ flows: [Flow], peer: KeyPath<Flow, ElementID>, _ preposition: String, _ doc: DocumentContext) -> String {
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
                let peers = doc.refs((group.map { $0[keyPath: peer] }).uniqued())
                if doc.facts.isLocalAccess(flow) { return "\(what) \(preposition) \(peers) (through the local file system)" }
                return "\(what) \(preposition) \(peers) (\(doc.transport(flow)), \(flow.encrypted ? "encrypted" : "plaintext"))"
            })
    }

    /// Declared listening ports no modelled flow arrives on: open surface without a visible need.
    static func unusedPorts(_ c: Component, _ doc: DocumentContext) -> [String] {
        let incoming = doc.incoming(c.id)
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
        case .request, .replication, .metrics, .logs: purpose.rawValue
        }
    }

    /// The component's own TLS endpoint, checked against the requests it actually receives.
    static func tlsConfiguration(_ c: Component, _ doc: DocumentContext) -> [String] {
        guard let tls = c.tls, let endpoint = doc.facts.tls.endpoint(c.id) else { return [] }
        let cert = certificateText(tls, doc)
        switch endpoint {
        case .passthrough: return ["It passes TLS through to the next hop without decrypting it."]
        case .plaintextOnly:
            return [
                "It is configured to terminate TLS with \(cert), yet every request it receives is plaintext: "
                    + "the certificate and its private key sit here without protecting any hop."
            ]
        case .idle:
            return ["It is configured to terminate TLS with \(cert), but no request reaches it in this model."]
        case .terminates:
            let verb = tls.mode == .terminate ? "It terminates TLS" : "It decrypts TLS and re-encrypts onward"
            return ["\(verb) with \(cert)."]
        }
    }

    /// What watches the component and what guards it, when the answer is "nothing" (the findings
    /// on monitoring and firewall coverage read the same facts).
    static func coverageGaps(_ c: Component, _ doc: DocumentContext) -> [String] {
        var result: [String] = []
        if doc.unmonitored.contains(c.id) {
            result.append("**Nothing monitors it**: no agent watches it, it pushes no telemetry and no platform scrapes it.")
        }
        if doc.facts.exposure.isUnprotected.contains(c.id) {
            result.append("**No firewall guards it**, yet it receives traffic from other machines.")
        }
        return result
    }
}
