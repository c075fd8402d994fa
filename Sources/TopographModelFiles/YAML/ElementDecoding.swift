import TopographModel
import Yams

/// Zones, hosts (with nested components), certificates and flows.
extension ArchitectureDecoder {
    func decodeZone(_ node: Node) {
        let allowed = ["id", "name", "kind", "description", "networks", "failureDomain", "accepts"]
        guard let f = reader.fields(node, "zone", allowed: allowed, required: ["id", "kind"]),
            let id = reader.id(f["id"], "zone 'id'")
        else { return }
        declare(id, at: node)
        let kind: ZoneKind = reader.enumeration(f["kind"], "zone kind") ?? .private
        zones.append(
            Zone(
                id: id, name: reader.string(f["name"], "'name'"), kind: kind,
                description: reader.string(f["description"], "'description'"),
                networks: reader.strings(f["networks"], "'networks'") ?? [], failureDomain: failureDomain(f["failureDomain"])))
        decodeAccepts(f, element: id)
    }

    func decodeHost(_ node: Node) {
        let allowed = ["id", "name", "zone", "description", "addresses", "failureDomain", "components", "accepts"]
        guard let f = reader.fields(node, "host", allowed: allowed, required: ["id"]),
            let id = reader.id(f["id"], "host 'id'")
        else { return }
        declare(id, at: node)
        hosts.append(
            Host(
                id: id, name: reader.string(f["name"], "'name'"), zone: reader.id(f["zone"], "host 'zone'"),
                description: reader.string(f["description"], "'description'"),
                addresses: reader.strings(f["addresses"], "'addresses'") ?? [], failureDomain: failureDomain(f["failureDomain"])))
        decodeAccepts(f, element: id)
        if let nested = f["components"] {
            each(nested, "'components' of host '\(id)'") { self.decodeComponent($0, host: (id, node)) }
        }
    }

    func decodeCertificate(_ node: Node) {
        let allowed = ["id", "subject", "subjectAlternativeNames", "issuer", "expires", "installedOn", "accepts"]
        guard let f = reader.fields(node, "certificate", allowed: allowed, required: ["id", "subject"]),
            let id = reader.id(f["id"], "certificate 'id'")
        else { return }
        declare(id, at: node)
        let expires = reader.string(f["expires"], "'expires'")  // checked by ModelChecker, as in the Swift DSL
        certificates.append(
            Certificate(
                id: id, subject: reader.string(f["subject"], "'subject'") ?? "",
                subjectAlternativeNames: reader.strings(f["subjectAlternativeNames"], "'subjectAlternativeNames'") ?? [],
                issuer: reader.string(f["issuer"], "'issuer'"), expires: expires,
                installedOn: reader.ids(f["installedOn"], "'installedOn'") ?? []))
        decodeAccepts(f, element: id)
    }

    /// Flows may omit `id` (derived from the ends and purpose), `port` and `encrypted` (from the protocol).
    func decodeFlow(_ node: Node) {
        let allowed = ["id", "from", "to", "protocol", "port", "encrypted", "purpose", "description", "accepts"]
        guard let f = reader.fields(node, "flow", allowed: allowed, required: ["from", "to", "protocol"]) else { return }
        let explicitID = reader.id(f["id"], "flow 'id'")
        guard let from = reader.id(f["from"], "flow 'from'"), let to = reader.id(f["to"], "flow 'to'"),
            let proto = reader.string(f["protocol"], "flow 'protocol'")
        else { return }
        let flow = Flow(
            id: explicitID, from: from, to: to, protocol: proto, port: reader.int(f["port"], "flow 'port'", in: 0...65535),
            encrypted: reader.bool(f["encrypted"], "flow 'encrypted'"),
            purpose: reader.enumeration(f["purpose"], "flow purpose") ?? .request,
            description: reader.string(f["description"], "'description'"))
        flows.append(PendingFlow(flow: flow, explicitID: explicitID != nil, location: reader.location(node)))
        // A derived id is settled only once all flows are known, so risks remember the flow's index.
        decodeAccepts(f, element: explicitID, flowIndex: flows.count - 1)
    }
}
