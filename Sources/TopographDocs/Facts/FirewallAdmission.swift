import TopographModel

/// Which rule of a firewall lets a flow in, if any: the same first-match evaluation a packet gets.
struct FirewallAdmission {
    /// The firewall that evaluated the flow.
    let firewall: Component
    /// 1-based number of the matching rule; nil when the default policy decided.
    let ruleNumber: Int?
    let allowed: Bool

    /// Evaluates `flow` against `firewall`'s ingress rules in order.
    init(flow: Flow, firewall: Component, facts: DocumentFacts) {
        self.firewall = firewall
        let spec = firewall.spec.firewall ?? FirewallSpec()
        let peers = FirewallAdmission.peerNames(of: flow.from, facts: facts)
        let transport = FirewallAdmission.transport(of: flow)
        for (offset, rule) in spec.rules.enumerated() where rule.direction == .ingress {
            let peerMatches = rule.peer.map { peers.contains($0) || FirewallAdmission.anyPeer.contains($0) } ?? true
            let transportMatches = rule.transport == .any || rule.transport == transport
            if peerMatches && transportMatches && rule.matches(port: flow.port) {
                ruleNumber = offset + 1
                allowed = rule.action == .allow
                return
            }
        }
        ruleNumber = nil
        allowed = spec.defaultIngress == .allow
    }

    static let anyPeer: Set<String> = ["any", "*", "0.0.0.0/0", "::/0"]

    /// Names a rule may use for the source: its id, its host, its zone.
    static func peerNames(of id: ElementID, facts: DocumentFacts) -> Set<String> {
        var names: Set<String> = [id.rawValue]
        if let host = facts.host(of: id) { names.insert(host.rawValue) }
        if let zone = facts.index.zone(of: id) { names.insert(zone.id.rawValue) }
        return names
    }

    /// DNS is the one common protocol that is UDP first; everything else modelled is TCP.
    static func transport(of flow: Flow) -> Transport {
        flow.protocol.lowercased() == "dns" ? .udp : .tcp
    }

    /// "rule 1 (allow ingress tcp 443 from zone `internet`)" or "its default ingress policy (deny)".
    func describe(_ facts: DocumentFacts) -> String {
        guard let number = ruleNumber, let rule = firewall.spec.firewall?.rules[number - 1] else {
            return "its default ingress policy (\(allowed ? "allow" : "deny"))"
        }
        return "rule \(number) (\(FirewallAdmission.summary(of: rule, facts)))"
    }

    /// A rule in a few words: "allow tcp 443 from `internet`".
    static func summary(of rule: FirewallRule, _ facts: DocumentFacts) -> String {
        let ports = rule.ports.isEmpty ? "all ports" : rule.ports.map(\.description).joined(separator: ", ")
        let transport = rule.transport == .any ? "" : rule.transport.rawValue + " "
        let peer =
            rule.peer.map { peer -> String in
                let id = ElementID(peer)
                if facts.index.zones[id] != nil { return "zone \(MD.code(peer))" }
                if facts.index.hosts[id] != nil { return "host \(MD.code(peer))" }
                return MD.code(peer)
            } ?? "anyone"
        let way = rule.direction == .ingress ? "from" : "to"
        return "\(rule.action.rawValue) \(rule.direction.rawValue) \(transport)\(ports) \(way) \(peer)"
    }
}
