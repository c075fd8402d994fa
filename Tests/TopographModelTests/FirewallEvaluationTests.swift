import Testing
import TopographModel

/// First-match evaluation, the one definition the validator and the design document both use.
@Suite struct FirewallEvaluationTests {
    static let index = ArchitectureIndex(
        Architecture(
            name: "t", zones: [Zone(id: "internet", kind: .internet), Zone(id: "private", kind: .private)],
            hosts: [Host(id: "server-1", zone: "private")]))

    static func first(_ rules: [FirewallRule], peer: ElementID = "user", port: Int? = 443, protocol proto: String = "https")
        -> Int?
    {
        FirewallSpec(rules: rules).firstMatch(.ingress, peer: peer, port: port, protocol: proto, index: index)?.number
    }

    @Test func everyoneIsSpelledManyWays() {
        for peer in [nil, "any", "*", "all", "ALL", "0.0.0.0/0", "::/0"] {
            #expect(Self.first([FirewallRule(action: .deny, peer: peer)]) == 1, "\(peer ?? "nil")")
        }
    }

    @Test func peersByIdHostZoneOrAddress() {
        #expect(Self.first([FirewallRule(action: .allow, peer: "private")], peer: "server-1") == 1)
        #expect(Self.first([FirewallRule(action: .allow, peer: "internet")], peer: "server-1") == nil)
        // An address is unknown to the model: assumed to match.
        #expect(Self.first([FirewallRule(action: .allow, peer: "10.0.0.0/8")], peer: "server-1") == 1)
    }

    @Test func transportsAndPorts() {
        let udp = FirewallRule(action: .allow, ports: [PortRange(53)], transport: .udp)
        let tcp = FirewallRule(action: .allow, ports: [PortRange(53)], transport: .tcp)
        #expect(Self.first([udp], port: 53, protocol: "https") == nil)
        #expect(Self.first([tcp], port: 123, protocol: "ntp") == nil)
        // DNS runs over UDP and TCP: either rule applies.
        #expect(Self.first([udp], port: 53, protocol: "dns") == 1 && Self.first([tcp], port: 53, protocol: "dns") == 1)
        // A flow without a port is assumed to use the rule's port.
        #expect(Self.first([tcp], port: nil, protocol: "dns") == 1)
        #expect(Self.first([tcp], port: 54, protocol: "dns") == nil)
    }

    @Test func defaultPolicyDecidesWhenNothingMatches() {
        let spec = FirewallSpec(defaultIngress: .deny, rules: [FirewallRule(action: .allow, ports: [PortRange(80)])])
        #expect(spec.allows(.ingress, peer: "user", port: 80, protocol: "http", index: Self.index))
        #expect(!spec.allows(.ingress, peer: "user", port: 443, protocol: "https", index: Self.index))
    }

    /// The byte-wise reading of peers agrees with the character-wise one it replaced, on every
    /// string built from the characters that matter (and a fullwidth digit, a hex digit only as a
    /// character).
    @Test func peerSpellingsReadByBytesAsByCharacters() {
        func address(_ peer: String) -> Bool {
            !peer.isEmpty && peer.contains(where: { $0 == "." || $0 == ":" || $0 == "/" })
                && peer.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" || $0 == "/" }
        }
        func any(_ peer: String) -> Bool { ["any", "*", "all", "0.0.0.0/0", "::/0"].contains(peer.lowercased()) }
        let alphabet: [String] = ["0", "9", "a", "F", "g", "G", ".", ":", "/", "*", "l", "n", "y", "A", "-", "１", "é"]
        var strings = ["", "any", "ANY", "All", "*", "0.0.0.0/0", "::/0", "::/00", "10.0.0.0/8", "lb", "fe80::1", "１.２"]
        var state: UInt64 = 7
        for _ in 0..<4000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) % 10
            var text = ""
            var bits = state
            for _ in 0..<length {
                bits = bits &* 6_364_136_223_846_793_005 &+ 1
                text += alphabet[Int(bits >> 59) % alphabet.count]
            }
            strings.append(text)
        }
        for peer in strings {
            #expect(FirewallRule.isAddress(peer) == address(peer), "\(peer)")
            #expect(FirewallRule.isAnyPeer(peer) == any(peer), "\(peer)")
        }
    }
}
