/// How a firewall's rules apply to one flow: first match wins, else the default policy. One
/// definition, so the validator's verdicts and the design document's explanations never disagree.
extension FirewallSpec {
    /// The first rule in `direction` that applies to traffic with `peer` (the flow's other end) on
    /// `port` over `protocol`, and its 1-based number; nil when the default policy decides. A flow
    /// without a known port is assumed to use whichever port a rule names.
    public func firstMatch(
        _ direction: TrafficDirection, peer: ElementID, port: Int?, protocol proto: String, index: ArchitectureIndex
    ) -> (number: Int, rule: FirewallRule)? {
        for (i, rule) in rules.enumerated() where rule.direction == direction {
            guard FirewallRule.peer(rule.peer, covers: peer, index: index), port == nil || rule.matches(port: port),
                FirewallRule.transport(rule.transport, carries: proto)
            else { continue }
            return (i + 1, rule)
        }
        return nil
    }

    /// Whether traffic in `direction` is let through, by the first matching rule or the default policy.
    public func allows(
        _ direction: TrafficDirection, peer: ElementID, port: Int?, protocol proto: String, index: ArchitectureIndex
    ) -> Bool {
        if let match = firstMatch(direction, peer: peer, port: port, protocol: proto, index: index) {
            return match.rule.action == .allow
        }
        return (direction == .ingress ? defaultIngress : defaultEgress) == .allow
    }
}

extension FirewallRule {
    /// Whether a rule's peer covers an element: any, the element, its host or its zone. An address
    /// or CIDR is unknown to the model, so it is assumed to match.
    public static func peer(_ peer: String?, covers element: ElementID, index: ArchitectureIndex) -> Bool {
        guard let peer, !isAnyPeer(peer) else { return true }
        if isAddress(peer) { return true }
        let id = ElementID(peer)
        if id == element || index.components[element]?.host == id { return true }
        return index.zone(of: element)?.id == id
    }

    /// No peer, or a spelling of "everyone".
    public static func isAnyPeer(_ peer: String?) -> Bool {
        guard let peer else { return true }
        return ["any", "*", "all", "0.0.0.0/0", "::/0"].contains(peer.lowercased())
    }

    /// Looks like an IP address or CIDR block rather than an element id.
    public static func isAddress(_ peer: String) -> Bool {
        !peer.isEmpty && peer.contains(where: { $0 == "." || $0 == ":" || $0 == "/" })
            && peer.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" || $0 == "/" }
    }

    static let udpProtocols: Set<String> = ["ntp", "snmp", "syslog", "statsd", "quic"]
    static let tcpProtocols: Set<String> = ["http", "https", "mysql", "mysql+tls", "postgresql", "ssh", "redis", "h2", "tls"]

    /// Whether a rule for `transport` applies to `proto`. Known protocols have their transport;
    /// others (DNS among them: UDP, and TCP for large answers) may run over either.
    public static func transport(_ transport: Transport, carries proto: String) -> Bool {
        switch transport {
        case .any: true
        case .tcp: !udpProtocols.contains(proto.lowercased())
        case .udp: !tcpProtocols.contains(proto.lowercased())
        }
    }
}
