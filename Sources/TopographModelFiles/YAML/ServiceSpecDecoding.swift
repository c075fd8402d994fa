import TopographModel
import Yams

/// The configuration of access, edge and managed-service kinds: VPN gateways, virtual IPs, CDNs,
/// WAFs, message queues and object storage. Omitted keys take the model's init defaults.
extension ArchitectureDecoder {
    func vpnGateway(_ node: Node?, _ what: @autoclosure () -> String) -> VPNGatewaySpec {
        let f = node.flatMap { reader.fields($0, what(), allowed: ["clientNetwork"]) }
        return VPNGatewaySpec(clientNetwork: reader.string(f?["clientNetwork"], "'clientNetwork'"))
    }

    func virtualIP(_ node: Node?, _ what: @autoclosure () -> String) -> VirtualIPSpec {
        let f = node.flatMap { reader.fields($0, what(), allowed: ["members", "mode", "address", "mechanism"]) }
        return VirtualIPSpec(
            members: reader.ids(f?["members"], "'members'") ?? [],
            mode: reader.enumeration(f?["mode"], "virtual IP mode") ?? .activePassive,
            address: reader.string(f?["address"], "'address'"), mechanism: reader.string(f?["mechanism"], "'mechanism'"))
    }

    func cdn(_ node: Node?, _ what: @autoclosure () -> String) -> CDNSpec {
        let f = node.flatMap { reader.fields($0, what(), allowed: ["provider", "origins"]) }
        return CDNSpec(provider: reader.string(f?["provider"], "'provider'"), origins: reader.ids(f?["origins"], "'origins'") ?? [])
    }

    func waf(_ node: Node?, _ what: @autoclosure () -> String) -> WAFSpec {
        let f = node.flatMap { reader.fields($0, what(), allowed: ["provider", "mode"]) }
        return WAFSpec(provider: reader.string(f?["provider"], "'provider'"), mode: reader.enumeration(f?["mode"], "WAF mode") ?? .block)
    }

    func messageQueue(_ node: Node?, _ what: @autoclosure () -> String) -> MessageQueueSpec {
        let f = node.flatMap { reader.fields($0, what(), allowed: ["engine", "provider"]) }
        return MessageQueueSpec(engine: reader.string(f?["engine"], "'engine'"), provider: reader.string(f?["provider"], "'provider'"))
    }

    func objectStorage(_ node: Node?, _ what: @autoclosure () -> String) -> ObjectStorageSpec {
        let f = node.flatMap { reader.fields($0, what(), allowed: ["provider", "publicRead"]) }
        return ObjectStorageSpec(
            provider: reader.string(f?["provider"], "'provider'"), publicRead: reader.bool(f?["publicRead"], "'publicRead'") ?? false)
    }

    /// `failureDomain: {region: eu-west-1, availabilityZone: eu-west-1a, rack: r12}` on hosts and zones.
    func failureDomain(_ node: Node?) -> FailureDomain? {
        guard let node, let f = reader.fields(node, "failure domain", allowed: ["region", "availabilityZone", "rack"]) else {
            return nil
        }
        return FailureDomain(
            region: reader.string(f["region"], "'region'"), availabilityZone: reader.string(f["availabilityZone"], "'availabilityZone'"),
            rack: reader.string(f["rack"], "'rack'"))
    }
}
