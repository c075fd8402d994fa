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
    /// Whether a rule's peer covers an element: any, the element, its host or its zone; a CIDR
    /// covers the element when the element's known addresses lie in it (its host's addresses, a
    /// virtual IP's address, a VPN's client network, else its zone's networks). An element whose
    /// addresses the model does not know is assumed to match, as before addresses existed.
    public static func peer(_ peer: String?, covers element: ElementID, index: ArchitectureIndex) -> Bool {
        guard let peer, !isAnyPeer(peer) else { return true }
        if isAddress(peer) {
            guard let block = IPNetwork(peer) else { return true }
            let known = index.networks(of: element)
            return known.isEmpty || known.contains { block.contains($0) }
        }
        let id = ElementID(peer)
        if id == element || index.components[element]?.host == id { return true }
        return index.zone(of: element)?.id == id
    }

    /// No peer, or a spelling of "everyone".
    public static func isAnyPeer(_ peer: String?) -> Bool {
        guard let peer else { return true }
        // Asked for every rule of every firewall a flow crosses: an id longer than every
        // spelling needs no lowercased copy.
        guard peer.utf8.count <= 9 else { return false }
        return anyPeerSpellings.contains(peer.lowercased())
    }

    private static let anyPeerSpellings: Set = ["any", "*", "all", "0.0.0.0/0", "::/0"]

    /// Looks like an IP address or CIDR block rather than an element id.
    public static func isAddress(_ peer: String) -> Bool {
        // ASCII text is read byte by byte; anything else by characters (fullwidth digits are hex
        // digits too).
        if peer.utf8.allSatisfy({ $0 < 0x80 }) {
            let separator = { (byte: UInt8) in byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") }
            let hex = { (byte: UInt8) in
                (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
            }
            return peer.utf8.contains(where: separator) && peer.utf8.allSatisfy { separator($0) || hex($0) }
        }
        return !peer.isEmpty && peer.contains(where: { $0 == "." || $0 == ":" || $0 == "/" })
            && peer.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" || $0 == "/" }
    }

    /// Whether a rule for `transport` applies to `proto`. Known protocols have their transport
    /// (`ProtocolTable`); others (and DNS: UDP, and TCP for large answers) may run over either.
    public static func transport(_ transport: Transport, carries proto: String) -> Bool {
        switch transport {
        case .any: true
        case .tcp: ProtocolTable.info(proto)?.transport != .udp
        case .udp: ProtocolTable.info(proto)?.transport != .tcp
        }
    }
}

extension FirewallSpec {
    /// Whether this network firewall protects an element: it lists the element, its host, a
    /// component on the same host, or its zone. A network firewall filters addresses, and the
    /// components of one machine share its address: protecting the database protects SSH to its host.
    public func protects(_ id: ElementID, index: ArchitectureIndex) -> Bool {
        guard scope == .network else { return false }
        if protects.contains(id) { return true }
        if let host = index.components[id]?.host ?? (index.hosts[id] != nil ? id : nil) {
            if protects.contains(host) { return true }
            if index.componentsByHost[host]?.contains(where: { protects.contains($0.id) }) == true { return true }
        }
        if let zone = index.zone(of: id)?.id, protects.contains(zone) { return true }
        return false
    }

    /// Whether traffic from `source` to `destination` passes through this network firewall. It
    /// sits between networks: traffic from outside into what it protects crosses it, and so does
    /// traffic between two zones it protects; traffic inside one protected zone does not.
    public func separates(_ source: ElementID, _ destination: ElementID, index: ArchitectureIndex) -> Bool {
        let atSource = protects(source, index: index)
        let atDestination = protects(destination, index: index)
        guard atSource || atDestination else { return false }
        guard atSource && atDestination else { return true }
        return index.zone(of: source)?.id != index.zone(of: destination)?.id
    }
}
