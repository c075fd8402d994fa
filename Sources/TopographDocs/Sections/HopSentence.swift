import TopographModel

/// One step of the request walk in prose: who sends what to whom, how, which firewalls let it in,
/// and what happens to TLS on arrival.
struct HopSentence {
    let group: HopGroup
    let facts: DocumentFacts

    var text: String {
        var sentence = "\(subject) \(verb) \(targetPhrase) \(transport)."
        if group.first.purpose == .write, group.targets.count == 1, let note = roleNote(group.targets[0]) { sentence += " " + note }
        if let walls = firewallPhrase { sentence += " " + walls }
        for note in tlsNotes { sentence += " " + note }
        return sentence
    }

    private var sourceComponents: [Component] { group.sources.compactMap { facts.index.components[$0] } }

    private var subject: String {
        let sources = group.sources
        if sources.count == 1 {
            if let c = facts.index.components[sources[0]], c.kind == .client { return RequestWalkSection.clientName(c, facts) }
            return facts.ref(sources[0])
        }
        let kinds = Set(sourceComponents.map(\.kind))
        if kinds.count == 1, let kind = kinds.first { return "Each \(kind.title) (\(facts.refs(sources)))" }
        return facts.refs(sources)
    }

    private var verb: String {
        switch group.first.purpose {
        case .write: return "writes to"
        case .read: return "reads from"
        default:
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
        if paired && flows.allSatisfy(facts.staysOnHost) {
            let kind = facts.index.components[targets[0]]?.kind.title ?? "component"
            let pairs = flows.map { "\(facts.ref($0.from)) → \(facts.ref($0.to))" }
            return "the \(kind) on the same host (\(MD.list(pairs)))"
        }
        if targets.count == 1 { return facts.ref(targets[0]) }
        // A client reaches one of several entry points: whichever address DNS handed it.
        if sourceComponents.allSatisfy({ $0.kind == .client }) {
            return "one of \(MD.list(targets.map(facts.ref), conjunction: "or")), whichever address DNS returned,"
        }
        let pools = sourceComponents.compactMap(\.spec.loadBalancer)
        if let pool = pools.first, Set(pool.backends) == Set(targets) {
            var text = "its pool of \(MD.count(targets.count, "backend")), \(facts.refs(targets))"
            var how: [String] = []
            if let algorithm = pool.algorithm { how.append(ComponentProse.algorithmText(algorithm)) }
            if let check = pool.healthCheck { how.append("health check \(ComponentProse.healthCheckText(check))") }
            if !how.isEmpty { text += " (\(how.joined(separator: ", ")))," }
            return text
        }
        if paired { return MD.list(flows.map { "\(facts.ref($0.from)) → \(facts.ref($0.to))" }) }
        return facts.refs(targets)
    }

    /// "`db-1` is the primary and the only node accepting writes." for a database target.
    private func roleNote(_ id: ElementID) -> String? {
        guard let db = facts.index.components[id]?.spec.database else { return nil }
        let writers = facts.writers
        let role =
            switch db.role {
            case .primary: "the primary"
            case .replica: "a replica"
            case .multiPrimary: "a multi-primary member"
            case .standalone: "a stand-alone node"
            }
        if db.acceptsWrites && writers.count == 1 { return "\(facts.ref(id)) is \(role) and the only node accepting writes." }
        return "\(facts.ref(id)) is \(role)."
    }

    private var transport: String {
        let flow = group.first
        if facts.isLocal(flow) { return "through the local file system" }
        let base = "over \(facts.transport(flow))"
        if flow.encrypted { return base + ", encrypted" }
        let crossing = group.flows.filter { !facts.staysOnHost($0) }
        if crossing.isEmpty { return base + ", in plaintext that never leaves the host" }
        if crossing.count == group.flows.count { return base + ", **in plaintext** across the network" }
        let hops = crossing.map { "\(facts.ref($0.from)) → \(facts.ref($0.to))" }
        return base + ", in plaintext (**across the network** for \(MD.list(hops)), within the host otherwise)"
    }

    /// Which rule of each crossed firewall admits the traffic (or that none does).
    private var firewallPhrase: String? {
        var order: [String] = []
        var walls: [String: [ElementID]] = [:]
        var verdicts: [String: FirewallAdmission] = [:]
        for flow in group.flows {
            for fw in facts.firewalls(crossedBy: flow) {
                let admission = FirewallAdmission(flow: flow, firewall: fw, facts: facts)
                let key = "\(admission.allowed)|\(admission.describe(facts))"
                if walls[key] == nil {
                    order.append(key)
                    verdicts[key] = admission
                }
                if !(walls[key] ?? []).contains(fw.id) { walls[key, default: []].append(fw.id) }
            }
        }
        guard !order.isEmpty else { return nil }
        let parts = order.map { key -> String in
            let ids = walls[key]!
            let admission = verdicts[key]!
            let who = ids.count == 1 ? facts.ref(ids[0]) : "\(facts.refs(ids)) each"
            if admission.allowed { return "\(who) \(ids.count == 1 ? "admits" : "admit") it under \(admission.describe(facts))" }
            return
                "**\(who) \(ids.count == 1 ? "drops" : "drop") it** under \(admission.describe(facts)): the model's flow and its firewall disagree"
        }
        return "On the way in, " + MD.list(parts) + "."
    }

    /// What the receiving side does with TLS, grouped across targets with the same configuration.
    private var tlsNotes: [String] {
        let encrypted = group.first.encrypted
        var order: [String] = []
        var byConfig: [String: [Component]] = [:]
        for id in group.targets {
            guard let c = facts.index.components[id], let tls = c.tls else { continue }
            let key = "\(tls.mode)|\(tls.certificate?.rawValue ?? "")|\(tls.minVersion ?? "")"
            if byConfig[key] == nil { order.append(key) }
            byConfig[key, default: []].append(c)
        }
        return order.map { key in
            let members = byConfig[key]!
            return ComponentProse.tlsArrival(members, encrypted: encrypted, protocol: group.first.protocol, facts)
        }
    }
}
