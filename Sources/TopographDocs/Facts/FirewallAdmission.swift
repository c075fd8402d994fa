import TopographModel

/// Which rule of a firewall lets a flow in, if any: the same first-match evaluation a packet gets.
struct FirewallAdmission {
    /// The firewall that evaluated the flow.
    let firewall: Component
    /// 1-based number of the matching rule; nil when the default policy decided.
    let ruleNumber: Int?
    let allowed: Bool

    /// Evaluates `flow` against `firewall`'s ingress rules in order, as the validator does
    /// (`FirewallSpec.firstMatch`).
    init(flow: Flow, firewall: Component, facts: DocumentFacts) {
        self.firewall = firewall
        let spec = firewall.spec.firewall ?? FirewallSpec()
        let match = spec.firstMatch(.ingress, peer: flow.from, port: flow.port, protocol: flow.protocol, index: facts.index)
        ruleNumber = match?.number
        allowed = match.map { $0.rule.action == .allow } ?? (spec.defaultIngress == .allow)
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
