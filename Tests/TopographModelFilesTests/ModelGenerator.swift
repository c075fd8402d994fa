import TopographModel
import TopographTestSupport

/// Generates valid architectures full of strings that are hard to write as YAML.
struct ModelGenerator {
    var random: SeededGenerator

    /// Strings that break naive YAML writers: syntax, look-alike scalars, whitespace, unicode.
    static let awkward = [
        "yes", "no", "null", "~", "true", "False", "on", "0", "007", "1.24", "8.0", "1e3", "0x1F", "12:30",
        "2024-01-01", ".inf", "-", "- item", "a: b", "key:", "#comment", "a #b", "a#b", "'quoted'", "\"dq\"",
        "  leading", "trailing ", "line\nbreak", "tab\there", "back\\slash", "ünïcödé", "日本語", "emoji 🚀",
        "{braces}", "[brackets]", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick`", "|", ">", "?",
        "a,b", "<<", "=", "\u{2028}sep", "\u{85}nel", "nul\u{0}byte", "bell\u{7}", "", " ", "café: au lait",
        "www.foobar.com", "User's browser", "a->b:read",
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func bool() -> Bool { Bool.random(using: &random) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    mutating func maybe<T>(_ make: (inout ModelGenerator) -> T) -> T? { bool() ? make(&self) : nil }

    mutating func text() -> String {
        bool() ? pick(Self.awkward) : pick(Self.awkward) + pick(Self.awkward)
    }

    /// Unique, non-empty ids, many of them awkward.
    mutating func ids(_ count: Int, prefix: String) -> [ElementID] {
        (0..<count).map { i in ElementID(bool() ? "\(prefix)\(i)" : "\(pick(Self.awkward))\(prefix)\(i)") }
    }

    mutating func architecture() -> Architecture {
        let zones = ids(int(1...3), prefix: "z").map {
            Zone(
                id: $0, name: maybe { $0.text() }, kind: pick(ZoneKind.allCases), description: maybe { $0.text() },
                networks: maybe { _ in ["10.0.0.0/8"] } ?? [])
        }
        let hosts = ids(int(0...3), prefix: "h").enumerated().map { i, id in
            Host(
                id: id, name: maybe { $0.text() }, zone: pick(zones).id, addresses: maybe { _ in ["10.0.0.\(i + 1)"] } ?? [],
                failureDomain: maybe {
                    FailureDomain(region: $0.maybe { $0.text() }, availabilityZone: $0.text(), rack: $0.maybe { $0.text() })
                })
        }
        let componentIDs = ids(int(1...8), prefix: "c")
        var components: [Component] = []
        for id in componentIDs {
            let spec = spec(componentIDs, zones.map(\.id))
            // A virtual IP floats between its members, so it never runs on a host.
            let onHost = !hosts.isEmpty && bool() && spec.kind != .virtualIP
            components.append(
                Component(
                    id: id, name: maybe { $0.text() }, spec: spec,
                    host: onHost ? pick(hosts).id : nil, zone: onHost ? nil : maybe { $0.pick(zones).id },
                    software: maybe { Software(product: $0.text().isEmpty ? "x" : $0.text(), version: $0.maybe { $0.text() }) },
                    ports: (0..<int(0...2)).map { _ in int(0...65535) }, description: maybe { $0.text() }))
        }
        let certificate = Certificate(
            id: "cert", subject: text(), subjectAlternativeNames: [text()], issuer: maybe { $0.text() },
            expires: "2027-06-30", installedOn: [pick(componentIDs)])
        for i in components.indices where bool() {
            components[i].tls = TLSEndpoint(mode: pick(TLSMode.allCases), certificate: "cert", minVersion: maybe { $0.text() })
        }
        let flows = (0..<int(0...5)).map { i in
            let proto = pick(["http", "https", "mysql", "postgresql+tls", "file", text()])
            // Every flow has a port, given or derived; only local protocols (files) need none.
            let needsPort = Flow.defaultPort(for: proto) == nil && ProtocolTable.info(proto)?.local != true
            return Flow(
                id: ElementID("flow\(i)"), from: pick(componentIDs), to: pick(componentIDs), protocol: proto,
                port: needsPort ? int(1...65535) : maybe { $0.int(1...65535) }, encrypted: maybe { $0.bool() },
                purpose: pick(FlowPurpose.allCases),
                description: maybe { $0.text() })
        }
        let risks = (0..<int(0...2)).map { _ in
            AcceptedRisk(rule: text(), element: maybe { $0.pick(componentIDs) }, reason: text(), expires: maybe { _ in "2030-01-01" })
        }
        return Architecture(
            name: text(), description: maybe { $0.text() }, domain: maybe { $0.text() }, zones: zones, hosts: hosts,
            components: components, certificates: [certificate], flows: flows, acceptedRisks: risks)
    }

    mutating func spec(_ ids: [ElementID], _ zones: [ElementID]) -> ComponentSpec {
        switch int(0...17) {
        case 0: return .client
        case 1: return .webServer
        case 2: return .appServer
        case 3:
            return .dnsRecord(
                DNSRecordSpec(
                    type: pick(DNSRecordType.allCases), name: text(), targets: [pick(ids)], value: maybe { $0.text() },
                    ttl: maybe { $0.int(0...86400) }))
        case 4:
            let rule = FirewallRule(
                action: pick(FirewallPolicy.allCases), direction: pick(TrafficDirection.allCases),
                peer: maybe { $0.pick(["any", "10.1.0.0/16", "2001:db8::/32", $0.pick(ids).rawValue, $0.pick(zones).rawValue]) },
                ports: [PortRange(int(0...100)), PortRange(1000, 2000)], transport: pick(Transport.allCases),
                description: maybe { $0.text() })
            return .firewall(
                FirewallSpec(
                    scope: pick(FirewallScope.allCases), defaultIngress: pick(FirewallPolicy.allCases), rules: [rule],
                    protects: [pick(zones)]))
        case 5:
            return .loadBalancer(
                LoadBalancerSpec(
                    algorithm: maybe { $0.pick(BalancingAlgorithm.allCases) }, mode: pick(ClusterMode.allCases), cluster: [pick(ids)],
                    backends: [pick(ids)],
                    healthCheck: maybe {
                        HealthCheck(protocol: $0.text(), path: $0.maybe { $0.text() }, intervalSeconds: $0.maybe { $0.int(1...60) })
                    }, routing: maybe { ReadWriteRouting(writes: [$0.pick(ids)], reads: [$0.pick(ids)]) }))
        case 6:
            return .database(
                DatabaseSpec(
                    engine: maybe { $0.text() }, role: pick(DatabaseRole.allCases), replicatesFrom: maybe { $0.pick(ids) },
                    readOnly: maybe { $0.bool() }, replication: maybe { $0.pick(ReplicationMode.allCases) },
                    failover: maybe { $0.pick(FailoverMode.allCases) }, provider: maybe { $0.text() }))
        case 7: return .cache(CacheSpec(engine: maybe { $0.text() }, provider: maybe { $0.text() }))
        case 8:
            return .monitoringAgent(
                MonitoringAgentSpec(
                    vendor: maybe { $0.text() }, collects: Array(TelemetryKind.allCases.prefix(int(0...4))),
                    shipsTo: maybe { $0.pick(ids) },
                    scrapedBy: maybe { $0.pick(ids) }))
        case 9: return .monitoringPlatform(MonitoringPlatformSpec(vendor: maybe { $0.text() }, saas: bool()))
        case 10: return .bastion
        case 11: return .vpnGateway(VPNGatewaySpec(clientNetwork: maybe { _ in "10.8.0.0/24" }))
        case 12:
            return .virtualIP(
                VirtualIPSpec(
                    members: [pick(ids)], mode: pick(VirtualIPMode.allCases), address: nil,
                    mechanism: maybe { $0.text() }))
        case 13: return .cdn(CDNSpec(provider: maybe { $0.text() }, origins: [pick(ids)]))
        case 14: return .waf(WAFSpec(provider: maybe { $0.text() }, mode: pick(WAFMode.allCases)))
        case 15: return .messageQueue(MessageQueueSpec(engine: maybe { $0.text() }, provider: maybe { $0.text() }))
        case 16: return .objectStorage(ObjectStorageSpec(provider: maybe { $0.text() }, publicRead: bool()))
        default: return .generic(GenericSpec(role: maybe { $0.text() }))
        }
    }
}
