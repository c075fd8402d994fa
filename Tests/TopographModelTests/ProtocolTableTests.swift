import Testing

@testable import TopographModel

/// One protocol table: ports, encryption and transport come from it (issue 12).
@Suite struct ProtocolTableTests {
    @Test(arguments: [
        ("postgresql+tls", 5432, true), ("postgresql", 5432, false), ("postgres", 5432, false), ("mysql+tls", 3306, true),
        ("redis+tls", 6379, true), ("rediss", 6379, true), ("amqps", 5671, true), ("amqp", 5672, false),
        ("kafka", 9092, false), ("memcached", 11211, false), ("ssh", 22, true), ("rdp", 3389, true), ("dns", 53, false),
        ("smtp", 25, false), ("ldaps", 636, true), ("prometheus", 9090, false), ("HTTPS", 443, true),
        ("mongodb+tls", 27017, true),
    ])
    func derivesPortAndEncryption(_ name: String, _ port: Int, _ encrypted: Bool) {
        let flow = Flow(from: "a", to: "b", protocol: name)
        #expect(flow.port == port, "\(name)")
        #expect(flow.encrypted == encrypted, "\(name)")
    }

    @Test func namesAreUniqueAcrossNamesAndAliases() {
        let names = ProtocolTable.all.flatMap { [$0.name] + $0.aliases }
        #expect(names.count == Set(names).count)
        #expect(names.allSatisfy { $0 == $0.lowercased() })
    }

    @Test func firewallTransportComesFromTheTable() {
        #expect(!FirewallRule.transport(.tcp, carries: "wireguard"))
        #expect(FirewallRule.transport(.udp, carries: "wireguard"))
        #expect(!FirewallRule.transport(.udp, carries: "postgresql+tls"))
        #expect(FirewallRule.transport(.tcp, carries: "dns") && FirewallRule.transport(.udp, carries: "dns"))
        #expect(FirewallRule.transport(.udp, carries: "something-else"))
    }

    @Test func aFlowWithoutAPortIsAModelErrorWithItsLocation() {
        var a = Architecture(
            name: "m", components: [Component(id: "a", spec: .appServer), Component(id: "b", spec: .generic(GenericSpec()))],
            flows: [
                Flow(from: "a", to: "b", protocol: "thrift"), Flow(from: "b", to: "a", protocol: "grpc"),
                Flow(from: "a", to: "b", protocol: "file", purpose: .read),
                Flow(from: "b", to: "a", protocol: "thrift", port: 9090, purpose: .write),
            ])
        a.sources["a->b"] = SourceLocation(file: "m.yaml", line: 7, column: 5)
        let diagnostics = ModelChecker.check(a)
        #expect(
            diagnostics.map(\.description) == [
                "error: flow 'b->a' has no port: protocol 'grpc' has no well-known port (element 'b->a')\n  hint: give the port it uses (port: N), or use a protocol from the table in docs/model.md",
                "m.yaml:7:5: error: flow 'a->b' has no port: protocol 'thrift' is not in the protocol table, so no port can be derived\n  hint: give the port it uses (port: N), or use a protocol from the table in docs/model.md",
            ])
    }
}

/// A request over DNS is a lookup whether or not its author said so: no plaintext finding, a grey
/// lookup line (it was drawn as a red plaintext request and named by tls.public-entry-without-tls).
@Suite struct DNSLookupPurposeTests {
    @Test func aDNSRequestIsALookup() {
        #expect(Flow(from: "user", to: "www-dns", protocol: "dns").purpose == .dns)
        #expect(Flow(from: "user", to: "www-dns", protocol: "DNS").id == "user->www-dns:dns")
        #expect(Flow(from: "app", to: "db", protocol: "mysql").purpose == .request)
        #expect(Flow(from: "a", to: "b", protocol: "dns", purpose: .metrics).purpose == .metrics)
    }
}
