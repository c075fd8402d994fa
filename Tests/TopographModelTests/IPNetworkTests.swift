import Testing

@testable import TopographModel

@Suite struct IPNetworkTests {
    @Test func parsesAndContains() throws {
        let block = try #require(IPNetwork("203.0.113.0/24"))
        #expect(block.contains(try #require(IPNetwork("203.0.113.7"))))
        #expect(!block.contains(try #require(IPNetwork("203.0.114.7"))))
        #expect(block.contains(try #require(IPNetwork("203.0.113.128/25"))))
        #expect(!block.contains(try #require(IPNetwork("203.0.112.0/23"))))
        let v6 = try #require(IPNetwork("2001:db8::/32"))
        #expect(v6.contains(try #require(IPNetwork("2001:db8:1::5"))))
        #expect(!v6.contains(try #require(IPNetwork("2001:db9::5"))))
        #expect(!v6.contains(try #require(IPNetwork("10.0.0.1"))))
        #expect(try #require(IPNetwork("::ffff:10.0.0.1")).canonical == "0:0:0:0:0:ffff:a00:1/128")
        #expect(try #require(IPNetwork("0.0.0.0/0")).isEverything)
    }

    @Test(arguments: ["10.0.0", "10.0.0.256", "10.0.0.0/33", "1::2::3", "web-1", "10.0.0.1/", "1:2:3:4:5:6:7:8:9", "010.0.0.0.1"])
    func rejects(_ text: String) {
        #expect(IPNetwork(text) == nil)
    }
}

/// CIDR peers are judged by the addresses the model knows (issue 12).
@Suite struct CIDRPeerTests {
    let index = ArchitectureIndex(
        Architecture(
            name: "m",
            zones: [
                Zone(id: "vpn", kind: .external, networks: ["203.0.113.0/24"]), Zone(id: "office", kind: .external),
                Zone(id: "private", kind: .private),
            ],
            hosts: [Host(id: "web-host", zone: "private", addresses: ["10.0.1.11"])],
            components: [
                Component(id: "admin", spec: .client, zone: "vpn"), Component(id: "intern", spec: .client, zone: "office"),
                Component(id: "web", spec: .webServer, host: "web-host"),
                Component(id: "gw", spec: .vpnGateway(VPNGatewaySpec(clientNetwork: "10.8.0.0/24")), zone: "private"),
            ]))

    @Test func zoneNetworksHostAddressesAndVPNClientNetworks() {
        #expect(FirewallRule.peer("203.0.113.0/24", covers: "admin", index: index))
        #expect(!FirewallRule.peer("198.51.100.0/24", covers: "admin", index: index))
        #expect(FirewallRule.peer("10.0.1.0/24", covers: "web", index: index))
        #expect(!FirewallRule.peer("10.0.2.0/24", covers: "web", index: index))
        #expect(FirewallRule.peer("10.8.0.0/16", covers: "gw", index: index))
        #expect(!FirewallRule.peer("10.9.0.0/16", covers: "gw", index: index))
    }

    @Test func unknownAddressesStillMatchAsBefore() {
        #expect(FirewallRule.peer("198.51.100.0/24", covers: "intern", index: index))
    }
}

/// Addresses and failure domains are checked when a model loads (issue 12).
@Suite struct NetworkCheckTests {
    @Test func reportsMalformedDuplicateAndMisplacedAddresses() {
        let a = Architecture(
            name: "m",
            zones: [Zone(id: "z", kind: .private, networks: ["10.0.1.0/24"], failureDomain: FailureDomain(region: "eu-west-1"))],
            hosts: [
                Host(id: "h1", zone: "z", addresses: ["10.0.1.5"]),
                Host(id: "h2", zone: "z", addresses: ["10.0.1.5", "10.0.2.9", "10.0.1.300"]),
                Host(id: "h3", zone: "z", failureDomain: FailureDomain(region: "us-east-1")),
            ],
            components: [
                Component(id: "vip", spec: .virtualIP(VirtualIPSpec(members: [])), host: "h1"),
                Component(id: "fw", spec: .firewall(FirewallSpec(rules: [FirewallRule(action: .allow, peer: "10.0.0.0/40")])), host: "h1"),
            ])
        #expect(
            ModelChecker.check(a).map(\.message).sorted() == [
                "'fw' rule peer '10.0.0.0/40' is not an IP block",
                "'h2' address '10.0.1.300' is not an IP address",
                "'h2' address 10.0.2.9 is outside its zone 'z' (10.0.1.0/24)",
                "'h3' says region 'us-east-1' but its zone 'z' is in region 'eu-west-1'",
                "address 10.0.1.5 is declared on both 'h1' and 'h2'",
                "virtual IP 'vip' is declared on host 'h1', but it floats between its members",
            ])
    }

    @Test func hostsInheritTheirZonesFailureDomain() {
        let index = ArchitectureIndex(
            Architecture(
                name: "m", zones: [Zone(id: "z", kind: .private, failureDomain: FailureDomain(region: "r", availabilityZone: "a"))],
                hosts: [Host(id: "h", zone: "z", failureDomain: FailureDomain(rack: "r7"))],
                components: [Component(id: "c", spec: .appServer, host: "h")]))
        #expect(index.failureDomain(of: "c") == FailureDomain(region: "r", availabilityZone: "a", rack: "r7"))
        #expect(index.failureDomain(of: "c")?.path(to: .rack) == "r/a/r7")
    }
}
