import TopographAnalysis
import TopographModel

/// One step of the request walk in prose: who sends what to whom, how, which firewalls let it in,
/// and what happens to TLS on arrival.
struct HopSentence {
    let group: HopGroup
    let doc: DocumentContext

    var text: String {
        var sentence = "\(subject) \(verb) \(targetPhrase) \(transport)."
        if group.first.purpose == .write, group.targets.count == 1, let note = roleNote(group.targets[0]) { sentence += " " + note }
        if let walls = firewallPhrase { sentence += " " + walls }
        for note in tlsNotes { sentence += " " + note }
        return sentence
    }

    private var sourceComponents: [Component] { group.sources.compactMap { doc.index.components[$0] } }

    private var subject: String {
        let sources = group.sources
        if sources.count == 1 {
            if let c = doc.index.components[sources[0]], c.kind == .client { return RequestWalkSection.clientName(c, doc) }
            return doc.ref(sources[0])
        }
        let kinds = Set(sourceComponents.map(\.kind))
        if kinds.count == 1, let kind = kinds.first { return "Each \(kind.title) (\(doc.refs(sources)))" }
        return doc.refs(sources)
    }

    private var verb: String {
        switch group.first.purpose {
        case .write: return "writes to"
        case .read: return "reads from"
        case .request, .replication, .metrics, .logs, .dns, .admin, .healthCheck:
            if sourceComponents.allSatisfy({ $0.kind == .client }) { return "connects to" }
            if sourceComponents.allSatisfy({ $0.kind == .loadBalancer }) { return "forwards the request to" }
            return "passes the request to"
        }
    }

    /// Paired one-to-one on shared hosts, one target, or a pool.
    private var targetPhrase: String {
        let flows = group.flows
        let targets = group.targets
        let paired = flows.count > 1 && group.sources.count == flows.count && targets.count == flows.count
        if paired && flows.allSatisfy(doc.facts.staysOnHost) {
            let kind = doc.index.components[targets[0]]?.kind.title ?? "component"
            let pairs = flows.map { "\(doc.ref($0.from)) → \(doc.ref($0.to))" }
            return "the \(kind) on the same host (\(MD.list(pairs)))"
        }
        if targets.count == 1 { return doc.ref(targets[0]) }
        // A client reaches one of several entry points: whichever address DNS handed it.
        if sourceComponents.allSatisfy({ $0.kind == .client }) {
            if DNSResolution.isFailoverPair(targets, index: doc.index) {
                return "whichever of \(MD.list(targets.map(doc.ref), conjunction: "or")) is the active member of the pair,"
            }
            return "one of \(MD.list(targets.map(doc.ref), conjunction: "or")), whichever address DNS returned,"
        }
        let pools = sourceComponents.compactMap(\.spec.loadBalancer)
        if let pool = pools.first, Set(pool.backends) == Set(targets) {
            var text = "its pool of \(MD.count(targets.count, "backend")), \(doc.refs(targets))"
            var how: [String] = []
            if let algorithm = pool.algorithm { how.append(ComponentProse.algorithmText(algorithm)) }
            if let check = pool.healthCheck { how.append("health check \(ComponentProse.healthCheckText(check))") }
            if !how.isEmpty { text += " (\(how.joined(separator: ", ")))," }
            return text
        }
        if paired { return MD.list(flows.map { "\(doc.ref($0.from)) → \(doc.ref($0.to))" }) }
        return doc.refs(targets)
    }

    /// "`db-1` is the primary and the only node accepting writes." for a database target.
    private func roleNote(_ id: ElementID) -> String? {
        guard let db = doc.index.components[id]?.spec.database else { return nil }
        let writers = doc.facts.replication.writers
        let role =
            switch db.role {
            case .primary: "the primary"
            case .replica: "a replica"
            case .multiPrimary: "a multi-primary member"
            case .standalone: "a stand-alone node"
            }
        if db.acceptsWrites && writers.count == 1 { return "\(doc.ref(id)) is \(role) and the only node accepting writes." }
        return "\(doc.ref(id)) is \(role)."
    }

    private var transport: String {
        let flow = group.first
        if doc.facts.isLocalAccess(flow) { return "through the local file system" }
        let base = "over \(doc.transport(flow))"
        if flow.encrypted { return base + ", encrypted" }
        let crossing = group.flows.filter { !doc.facts.staysOnHost($0) }
        if crossing.isEmpty { return base + ", in plaintext that never leaves the host" }
        if crossing.count == group.flows.count { return base + ", **in plaintext** across the network" }
        let hops = crossing.map { "\(doc.ref($0.from)) → \(doc.ref($0.to))" }
        return base + ", in plaintext (**across the network** for \(MD.list(hops)), within the host otherwise)"
    }

    /// Which rule of each crossed firewall lets the traffic through, or drops it, either way.
    /// Leaving through a firewall's default allow is the common case and goes unsaid.
    private var firewallPhrase: String? {
        var order: [String] = []
        var walls: [String: [ElementID]] = [:]
        var verdicts: [String: FirewallCrossing] = [:]
        for flow in group.flows {
            for crossing in doc.facts.firewalls.crossings(of: flow)
            where crossing.direction == .ingress || !crossing.allowed || crossing.ruleNumber != nil {
                let key = "\(crossing.allowed)|\(crossing.direction)|\(FirewallText.decision(crossing, doc))"
                if walls[key] == nil {
                    order.append(key)
                    verdicts[key] = crossing
                }
                if !(walls[key] ?? []).contains(crossing.firewall.id) { walls[key, default: []].append(crossing.firewall.id) }
            }
        }
        guard !order.isEmpty else { return nil }
        let parts = order.map { phrase(walls[$0]!, verdicts[$0]!) }
        let outward = verdicts.values.contains { $0.direction == .egress }
        return (outward ? "On its way, " : "On the way in, ") + MD.list(parts) + "."
    }

    private func phrase(_ ids: [ElementID], _ crossing: FirewallCrossing) -> String {
        let who = ids.count == 1 ? doc.ref(ids[0]) : "\(doc.refs(ids)) each"
        let one = ids.count == 1
        let decision = FirewallText.decision(crossing, doc)
        switch (crossing.direction, crossing.allowed) {
        case (.ingress, true): return "\(who) \(one ? "admits" : "admit") it under \(decision)"
        case (.egress, true): return "\(who) \(one ? "lets" : "let") it out under \(decision)"
        case (.ingress, false):
            return "**\(who) \(one ? "drops" : "drop") it** under \(decision): the model's flow and its firewall disagree"
        case (.egress, false):
            return "**\(who) \(one ? "drops" : "drop") it on the way out** under \(decision): the model's flow and its firewall disagree"
        }
    }

    /// What the receiving side does with TLS, grouped across targets with the same configuration.
    private var tlsNotes: [String] {
        let encrypted = group.first.encrypted
        var order: [String] = []
        var byConfig: [String: [Component]] = [:]
        for id in group.targets {
            guard let c = doc.index.components[id], let tls = c.tls else { continue }
            let key = "\(tls.mode)|\(tls.certificate?.rawValue ?? "")|\(tls.minVersion ?? "")"
            if byConfig[key] == nil { order.append(key) }
            byConfig[key, default: []].append(c)
        }
        return order.map { key in
            let members = byConfig[key]!
            return ComponentProse.tlsArrival(members, encrypted: encrypted, protocol: group.first.protocol, doc)
        }
    }
}
