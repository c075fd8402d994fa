import TopographModel
import Yams

/// Components: flat, with `kind` and a key named after the kind holding the kind's configuration.
extension ArchitectureDecoder {
    static let componentKeys = ["id", "name", "kind", "host", "zone", "software", "tls", "ports", "description", "accepts"]
    static let specKeys = ComponentKind.allCases.filter { specKind(for: $0) != nil }.map(\.rawValue)
    /// Built once: joining the two lists for every component of a big model showed in profiles.
    static let allowedComponentKeys = componentKeys + specKeys
    static let specKeySet = Set(specKeys)

    /// The kinds that carry a configuration key (`database: {...}`); client and servers have none.
    static func specKind(for kind: ComponentKind) -> ComponentKind? {
        switch kind {
        case .client, .webServer, .appServer, .bastion: nil
        case .dnsRecord, .firewall, .loadBalancer, .database, .cache, .monitoringAgent, .monitoringPlatform, .generic,
            .vpnGateway, .virtualIP, .cdn, .waf, .messageQueue, .objectStorage:
            kind
        }
    }

    /// `host` is the enclosing host when the component is nested under one (its `host:` is implied).
    func decodeComponent(_ node: Node, host: (id: ElementID, node: Node)?) {
        guard
            let f = reader.fields(
                node, "component", allowed: Self.allowedComponentKeys, required: ["id", "kind"]),
            let id = reader.id(f["id"], "component 'id'")
        else { return }
        declare(id, at: node)
        // An unknown kind is reported; a generic stand-in keeps references to the component from
        // cascading into "not declared" errors (the model is rejected either way).
        let kind: ComponentKind? = reader.enumeration(f["kind"], "component kind")
        if let kind { rejectForeignSpecKeys(f, kind: kind, id: id) }
        var hostID = reader.id(f["host"], "component 'host'")
        if let host {
            if let declared = hostID, declared != host.id {
                reader.error(
                    "component '\(id)' is nested under host '\(host.id)' but says host '\(declared)'", at: f["host"]!,
                    element: id, hint: "remove 'host:' from nested components")
            }
            hostID = host.id
        }
        let component = Component(
            id: id, name: reader.string(f["name"], "'name'"),
            spec: kind.map { decodeSpec($0, f[$0.rawValue], id: id, owner: node) } ?? .generic(GenericSpec()),
            host: hostID, zone: reader.id(f["zone"], "component 'zone'"), software: decodeSoftware(f["software"]),
            tls: decodeTLS(f["tls"]), ports: decodePorts(f["ports"]),
            description: reader.string(f["description"], "'description'"))
        components.append(component)
        decodeAccepts(f, element: id)
    }

    private func rejectForeignSpecKeys(_ f: Fields, kind: ComponentKind, id: ElementID) {
        // One pass over the component's own keys (diagnostics are sorted by position afterwards).
        for (key, value) in f.values where key != kind.rawValue && Self.specKeySet.contains(key) {
            reader.error(
                "'\(key)' configures a component of kind \(key), but '\(id)' is of kind \(kind.rawValue)", at: value,
                element: id,
                hint: Self.specKind(for: kind) == nil
                    ? "kind \(kind.rawValue) has no configuration key" : "use '\(kind.rawValue):' instead")
        }
    }

    private func decodeSoftware(_ node: Node?) -> Software? {
        guard let node, let f = reader.fields(node, "software", allowed: ["product", "version"], required: ["product"]),
            let product = reader.string(f["product"], "software 'product'")
        else { return nil }
        return Software(product: product, version: reader.string(f["version"], "software 'version'"))
    }

    private func decodeTLS(_ node: Node?) -> TLSEndpoint? {
        guard let node,
            let f = reader.fields(node, "tls", allowed: ["mode", "certificate", "minVersion"], required: ["mode"]),
            let mode: TLSMode = reader.enumeration(f["mode"], "TLS mode")
        else { return nil }
        return TLSEndpoint(
            mode: mode, certificate: reader.id(f["certificate"], "tls 'certificate'"),
            minVersion: reader.string(f["minVersion"], "tls 'minVersion'"))
    }

    func decodePorts(_ node: Node?) -> [Int] {
        (reader.list(node, "'ports'") ?? []).compactMap { reader.int($0, "a port", in: 0...65535) }
    }
}
