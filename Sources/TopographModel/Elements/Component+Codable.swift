/// Components serialise flat: `kind` names the kind, and a key of the same name holds the
/// kind-specific configuration (`kind: database` + `database: {role: primary}`). This is the
/// shape of the YAML form too, so a dump loads back as written.
extension Component: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, kind, host, zone, software, tls, ports, description
        case dnsRecord, firewall, loadBalancer, database, cache, monitoringAgent, monitoringPlatform, generic
        case vpnGateway, virtualIP, cdn, waf, messageQueue, objectStorage
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ElementID.self, forKey: .id)
        let name = try c.decodeIfPresent(String.self, forKey: .name)
        let host = try c.decodeIfPresent(ElementID.self, forKey: .host)
        let zone = try c.decodeIfPresent(ElementID.self, forKey: .zone)
        let software = try c.decodeIfPresent(Software.self, forKey: .software)
        let tls = try c.decodeIfPresent(TLSEndpoint.self, forKey: .tls)
        let ports = try c.decodeIfPresent([Int].self, forKey: .ports) ?? []
        let description = try c.decodeIfPresent(String.self, forKey: .description)
        let spec: ComponentSpec
        switch try c.decode(ComponentKind.self, forKey: .kind) {
        case .client: spec = .client
        case .webServer: spec = .webServer
        case .appServer: spec = .appServer
        case .dnsRecord: spec = .dnsRecord(try c.decode(DNSRecordSpec.self, forKey: .dnsRecord))
        case .firewall: spec = .firewall(try c.decodeIfPresent(FirewallSpec.self, forKey: .firewall) ?? FirewallSpec())
        case .loadBalancer:
            spec = .loadBalancer(try c.decodeIfPresent(LoadBalancerSpec.self, forKey: .loadBalancer) ?? LoadBalancerSpec())
        case .database: spec = .database(try c.decodeIfPresent(DatabaseSpec.self, forKey: .database) ?? DatabaseSpec())
        case .cache: spec = .cache(try c.decodeIfPresent(CacheSpec.self, forKey: .cache) ?? CacheSpec())
        case .monitoringAgent:
            spec = .monitoringAgent(try c.decodeIfPresent(MonitoringAgentSpec.self, forKey: .monitoringAgent) ?? MonitoringAgentSpec())
        case .monitoringPlatform:
            spec = .monitoringPlatform(
                try c.decodeIfPresent(MonitoringPlatformSpec.self, forKey: .monitoringPlatform) ?? MonitoringPlatformSpec())
        case .generic: spec = .generic(try c.decodeIfPresent(GenericSpec.self, forKey: .generic) ?? GenericSpec())
        case .bastion: spec = .bastion
        case .vpnGateway:
            spec = .vpnGateway(try c.decodeIfPresent(VPNGatewaySpec.self, forKey: .vpnGateway) ?? VPNGatewaySpec())
        case .virtualIP: spec = .virtualIP(try c.decodeIfPresent(VirtualIPSpec.self, forKey: .virtualIP) ?? VirtualIPSpec())
        case .cdn: spec = .cdn(try c.decodeIfPresent(CDNSpec.self, forKey: .cdn) ?? CDNSpec())
        case .waf: spec = .waf(try c.decodeIfPresent(WAFSpec.self, forKey: .waf) ?? WAFSpec())
        case .messageQueue:
            spec = .messageQueue(try c.decodeIfPresent(MessageQueueSpec.self, forKey: .messageQueue) ?? MessageQueueSpec())
        case .objectStorage:
            spec = .objectStorage(try c.decodeIfPresent(ObjectStorageSpec.self, forKey: .objectStorage) ?? ObjectStorageSpec())
        }
        self.init(
            id: id, name: name, spec: spec, host: host, zone: zone, software: software, tls: tls, ports: ports,
            description: description)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(host, forKey: .host)
        try c.encodeIfPresent(zone, forKey: .zone)
        try c.encodeIfPresent(software, forKey: .software)
        try c.encodeIfPresent(tls, forKey: .tls)
        if !ports.isEmpty { try c.encode(ports, forKey: .ports) }
        try c.encodeIfPresent(description, forKey: .description)
        switch spec {
        case .client, .webServer, .appServer, .bastion: break
        case .dnsRecord(let s): try c.encode(s, forKey: .dnsRecord)
        case .firewall(let s): try c.encode(s, forKey: .firewall)
        case .loadBalancer(let s): try c.encode(s, forKey: .loadBalancer)
        case .database(let s): try c.encode(s, forKey: .database)
        case .cache(let s): try c.encode(s, forKey: .cache)
        case .monitoringAgent(let s): try c.encode(s, forKey: .monitoringAgent)
        case .monitoringPlatform(let s): try c.encode(s, forKey: .monitoringPlatform)
        case .generic(let s): try c.encode(s, forKey: .generic)
        case .vpnGateway(let s): try c.encode(s, forKey: .vpnGateway)
        case .virtualIP(let s): try c.encode(s, forKey: .virtualIP)
        case .cdn(let s): try c.encode(s, forKey: .cdn)
        case .waf(let s): try c.encode(s, forKey: .waf)
        case .messageQueue(let s): try c.encode(s, forKey: .messageQueue)
        case .objectStorage(let s): try c.encode(s, forKey: .objectStorage)
        }
    }
}
