import TopographModel
import Yams

/// The kind-specific configuration of components. Omitted keys take the model's init defaults.
extension ArchitectureDecoder {
    func decodeSpec(_ kind: ComponentKind, _ node: Node?, id: ElementID, owner: Node) -> ComponentSpec {
        // Built only for a message: every component of a big model comes through here.
        func what() -> String { "\(kind.rawValue) configuration of '\(id)'" }
        switch kind {
        case .client: return .client
        case .webServer: return .webServer
        case .appServer: return .appServer
        case .bastion: return .bastion
        case .dnsRecord:
            guard let node else {
                reader.error(
                    "component '\(id)' of kind dnsRecord needs a 'dnsRecord:' mapping", at: owner, element: id,
                    hint: "add dnsRecord: {type: A, name: www.example.com, targets: [...]}")
                return .dnsRecord(DNSRecordSpec(type: .a, name: ""))
            }
            return .dnsRecord(dnsRecord(node, what()))
        case .firewall: return .firewall(node.map { firewall($0, what()) } ?? FirewallSpec())
        case .loadBalancer: return .loadBalancer(node.map { loadBalancer($0, what()) } ?? LoadBalancerSpec())
        case .database: return .database(node.map { database($0, what()) } ?? DatabaseSpec())
        case .cache:
            let f = node.flatMap { reader.fields($0, what(), allowed: ["engine", "provider"]) }
            return .cache(
                CacheSpec(engine: reader.string(f?["engine"], "cache 'engine'"), provider: reader.string(f?["provider"], "'provider'")))
        case .monitoringAgent: return .monitoringAgent(node.map { monitoringAgent($0, what()) } ?? MonitoringAgentSpec())
        case .monitoringPlatform:
            let f = node.flatMap { reader.fields($0, what(), allowed: ["vendor", "saas"]) }
            return .monitoringPlatform(
                MonitoringPlatformSpec(
                    vendor: reader.string(f?["vendor"], "'vendor'"), saas: reader.bool(f?["saas"], "'saas'") ?? false))
        case .generic:
            let f = node.flatMap { reader.fields($0, what(), allowed: ["role"]) }
            return .generic(GenericSpec(role: reader.string(f?["role"], "'role'")))
        case .vpnGateway: return .vpnGateway(vpnGateway(node, what()))
        case .virtualIP: return .virtualIP(virtualIP(node, what()))
        case .cdn: return .cdn(cdn(node, what()))
        case .waf: return .waf(waf(node, what()))
        case .messageQueue: return .messageQueue(messageQueue(node, what()))
        case .objectStorage: return .objectStorage(objectStorage(node, what()))
        }
    }

    private func dnsRecord(_ node: Node, _ what: @autoclosure () -> String) -> DNSRecordSpec {
        let f = reader.fields(node, what(), allowed: ["type", "name", "targets", "value", "ttl"], required: ["type", "name"])
        return DNSRecordSpec(
            type: reader.enumeration(f?["type"], "DNS record type") ?? .a, name: reader.string(f?["name"], "'name'") ?? "",
            targets: reader.ids(f?["targets"], "'targets'") ?? [], value: reader.string(f?["value"], "'value'"),
            ttl: reader.int(f?["ttl"], "'ttl'", in: 0...Int(Int32.max)))
    }

    private func firewall(_ node: Node, _ what: @autoclosure () -> String) -> FirewallSpec {
        let allowed = ["scope", "defaultIngress", "defaultEgress", "rules", "protects"]
        let f = reader.fields(node, what(), allowed: allowed)
        return FirewallSpec(
            scope: reader.enumeration(f?["scope"], "firewall scope") ?? .host,
            defaultIngress: reader.enumeration(f?["defaultIngress"], "firewall policy") ?? .deny,
            defaultEgress: reader.enumeration(f?["defaultEgress"], "firewall policy") ?? .allow,
            rules: (reader.list(f?["rules"], "'rules'") ?? []).compactMap(firewallRule),
            protects: reader.ids(f?["protects"], "'protects'") ?? [])
    }

    private func firewallRule(_ node: Node) -> FirewallRule? {
        let allowed = ["action", "direction", "peer", "ports", "transport", "description"]
        guard let f = reader.fields(node, "firewall rule", allowed: allowed, required: ["action"]),
            let action: FirewallPolicy = reader.enumeration(f["action"], "firewall action")
        else { return nil }
        return FirewallRule(
            action: action, direction: reader.enumeration(f["direction"], "traffic direction") ?? .ingress,
            peer: reader.string(f["peer"], "'peer'"), ports: (reader.list(f["ports"], "'ports'") ?? []).compactMap(portRange),
            transport: reader.enumeration(f["transport"], "transport") ?? .tcp,
            description: reader.string(f["description"], "'description'"))
    }

    /// `443` or `"8000-8080"`.
    private func portRange(_ node: Node) -> PortRange? {
        if node.tag.description == Tag.Name.int.rawValue {
            return reader.int(node, "a port", in: 0...65535).map { PortRange($0) }
        }
        guard let text = reader.string(node, "a port range") else { return nil }
        guard let range = PortRange(parsing: text) else {
            reader.error("'\(text)' is not a port or a port range like 8000-8080 (ports 0-65535)", at: node)
            return nil
        }
        return range
    }

    private func loadBalancer(_ node: Node, _ what: @autoclosure () -> String) -> LoadBalancerSpec {
        let f = reader.fields(node, what(), allowed: ["algorithm", "mode", "cluster", "backends", "healthCheck", "routing"])
        return LoadBalancerSpec(
            algorithm: reader.enumeration(f?["algorithm"], "balancing algorithm"),
            mode: reader.enumeration(f?["mode"], "cluster mode") ?? .single,
            cluster: reader.ids(f?["cluster"], "'cluster'") ?? [], backends: reader.ids(f?["backends"], "'backends'") ?? [],
            healthCheck: f?["healthCheck"].flatMap(healthCheck), routing: f?["routing"].flatMap(routing))
    }

    private func routing(_ node: Node) -> ReadWriteRouting? {
        guard let f = reader.fields(node, "read/write routing", allowed: ["writes", "reads"]) else { return nil }
        return ReadWriteRouting(writes: reader.ids(f["writes"], "'writes'") ?? [], reads: reader.ids(f["reads"], "'reads'") ?? [])
    }

    private func healthCheck(_ node: Node) -> HealthCheck? {
        guard let f = reader.fields(node, "health check", allowed: ["protocol", "path", "intervalSeconds"]) else { return nil }
        return HealthCheck(
            protocol: reader.string(f["protocol"], "health check 'protocol'") ?? "http",
            path: reader.string(f["path"], "health check 'path'"),
            intervalSeconds: reader.int(f["intervalSeconds"], "'intervalSeconds'", in: 1...86_400))
    }

    private func database(_ node: Node, _ what: @autoclosure () -> String) -> DatabaseSpec {
        let allowed = ["engine", "role", "replicatesFrom", "readOnly", "replication", "failover", "provider"]
        let f = reader.fields(node, what(), allowed: allowed)
        return DatabaseSpec(
            engine: reader.string(f?["engine"], "database 'engine'"),
            role: reader.enumeration(f?["role"], "database role") ?? .standalone,
            replicatesFrom: reader.id(f?["replicatesFrom"], "'replicatesFrom'"),
            readOnly: reader.bool(f?["readOnly"], "'readOnly'"),
            replication: reader.enumeration(f?["replication"], "replication mode"),
            failover: reader.enumeration(f?["failover"], "failover mode"), provider: reader.string(f?["provider"], "'provider'"))
    }

    private func monitoringAgent(_ node: Node, _ what: @autoclosure () -> String) -> MonitoringAgentSpec {
        let f = reader.fields(node, what(), allowed: ["vendor", "collects", "shipsTo", "scrapedBy"])
        let collects: [TelemetryKind]? = reader.list(f?["collects"], "'collects'")?.compactMap {
            reader.enumeration($0, "telemetry kind")
        }
        return MonitoringAgentSpec(
            vendor: reader.string(f?["vendor"], "'vendor'"), collects: collects ?? [.metrics],
            shipsTo: reader.id(f?["shipsTo"], "'shipsTo'"), scrapedBy: reader.id(f?["scrapedBy"], "'scrapedBy'"))
    }
}
