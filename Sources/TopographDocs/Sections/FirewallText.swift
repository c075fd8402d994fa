import TopographAnalysis
import TopographModel

/// Firewall rules and verdicts in words, for the walk, the firewall paragraphs and the tables.
enum FirewallText {
    /// "rule 1 (allow ingress tcp 443 from zone `internet`)" or "its default egress policy (deny)".
    static func decision(_ crossing: FirewallCrossing, _ doc: DocumentContext) -> String {
        guard let number = crossing.ruleNumber, let rule = crossing.rule else {
            return "its default \(crossing.direction.rawValue) policy (\(crossing.allowed ? "allow" : "deny"))"
        }
        return "rule \(number) (\(summary(of: rule, doc)))"
    }

    /// A rule in a few words: "allow ingress tcp 443 from zone `internet`".
    static func summary(of rule: FirewallRule, _ doc: DocumentContext) -> String {
        let ports = rule.ports.isEmpty ? "all ports" : rule.ports.map(\.description).joined(separator: ", ")
        let transport = rule.transport == .any ? "" : rule.transport.rawValue + " "
        let peer =
            rule.peer.map { peer -> String in
                let id = ElementID(peer)
                if doc.index.zones[id] != nil { return "zone \(MD.code(peer))" }
                if doc.index.hosts[id] != nil { return "host \(MD.code(peer))" }
                return MD.code(peer)
            } ?? "anyone"
        let way = rule.direction == .ingress ? "from" : "to"
        return "\(rule.action.rawValue) \(rule.direction.rawValue) \(transport)\(ports) \(way) \(peer)"
    }

    /// "`a` → `b`".
    static func hop(_ flow: Flow, _ doc: DocumentContext) -> String { "\(doc.ref(flow.from)) → \(doc.ref(flow.to))" }
}
