import TopographModel
import Yams

/// Lowers a composed YAML tree (the file form) to an architecture, in document order.
///
/// The file form is the Codable JSON form of `Architecture` plus conveniences: hosts may nest their
/// `components`, flows may omit `id`, `port` and `encrypted`, and any element may list the risks it
/// `accepts`.
final class ArchitectureDecoder {
    let reader: NodeReader
    var zones: [Zone] = []
    var hosts: [Host] = []
    var components: [Component] = []
    var certificates: [Certificate] = []
    var flows: [PendingFlow] = []
    var acceptedRisks: [AcceptedRisk] = []
    var acceptedRiskLocations: [SourceLocation] = []
    var availability: AvailabilitySettings?
    /// Risks accepted on elements; those on flows with derived ids get their element once ids settle.
    var elementRisks: [(risk: AcceptedRisk, flowIndex: Int?, location: SourceLocation)] = []
    /// Every element declaration in order, duplicates included, for pointing at the second one.
    var declarations: [(id: ElementID, location: SourceLocation)] = []

    /// A flow before its id is settled: derived ids are made unique once all flows are known.
    struct PendingFlow {
        var flow: Flow
        var explicitID: Bool
        var location: SourceLocation
    }

    static let topLevelKeys = [
        "name", "description", "domain", "zones", "hosts", "components", "certificates", "flows",
        "acceptedRisks", "availability", "sources",
    ]

    init(reader: NodeReader) { self.reader = reader }

    func decode(_ root: Node) -> Architecture? {
        guard let top = reader.fields(root, "the model", allowed: Self.topLevelKeys, required: ["name"]) else {
            return nil
        }
        // Document order of the top-level keys decides the order of components (standalone vs nested).
        if case .mapping(let mapping) = root {
            for key in mapping.keys {
                guard let name = key.string, let value = top[name] else { continue }
                decodeSection(name, value)
            }
        }
        var architecture = Architecture(
            name: reader.string(top["name"], "'name'") ?? "",
            description: reader.string(top["description"], "'description'"),
            domain: reader.string(top["domain"], "'domain'"),
            zones: zones, hosts: hosts, components: components, certificates: certificates,
            acceptedRisks: acceptedRisks, availability: availability)
        architecture.flows = settledFlows()
        architecture.acceptedRisks += elementRisks.map { entry in
            var risk = entry.risk
            if let index = entry.flowIndex { risk.element = architecture.flows[index].id }
            return risk
        }
        var sources = SourceMap()
        sources.locations.reserveCapacity(declarations.count + acceptedRiskLocations.count + elementRisks.count + 1)
        for declaration in declarations where sources[declaration.id] == nil {
            sources[declaration.id] = declaration.location
        }
        for (index, location) in (acceptedRiskLocations + elementRisks.map(\.location)).enumerated() {
            sources[risk: index] = location
        }
        if let node = top["availability"] { sources[AvailabilitySettings.sourceKey] = reader.location(node) }
        architecture.sources = sources
        return architecture
    }

    /// The top-level keys holding lists of elements; their items may be decoded as they are parsed.
    static let listSections: Set<String> = ["zones", "hosts", "components", "certificates", "flows", "acceptedRisks"]

    /// The sections whose items `decodeItem` already lowered while the file was being parsed.
    var decodedSections: Set<String> = []

    private func decodeSection(_ name: String, _ value: Node) {
        if Self.listSections.contains(name) {
            guard let items = reader.list(value, "'\(name)'"), !decodedSections.contains(name) else { return }
            for item in items { decodeItem(section: name, item) }
        } else if name == "availability" {
            decodeAvailability(value)
        }
        // name, description, domain are read above; sources are ignored (locations come from this file)
    }

    /// Lowers one item of the list `section` (one of `listSections`).
    func decodeItem(section: String, _ item: Node) {
        switch section {
        case "zones": decodeZone(item)
        case "hosts": decodeHost(item)
        case "components": decodeComponent(item, host: nil)
        case "certificates": decodeCertificate(item)
        case "flows": decodeFlow(item)
        default: decodeRisk(item, element: nil, topLevel: true)
        }
    }

    func each(_ node: Node, _ what: @autoclosure () -> String, _ body: (Node) -> Void) {
        reader.list(node, what())?.forEach(body)
    }

    func declare(_ id: ElementID, at node: Node) {
        declarations.append((id, reader.location(node)))
    }

    /// Lowers `accepts: [{rule, reason, expires}]` on an element to architecture-level risks.
    func decodeAccepts(_ fields: Fields, element: ElementID?, flowIndex: Int? = nil) {
        guard let node = fields["accepts"] else { return }
        each(node, "'accepts'") { self.decodeRisk($0, element: element, topLevel: false, flowIndex: flowIndex) }
    }

    private func decodeRisk(_ node: Node, element: ElementID?, topLevel: Bool, flowIndex: Int? = nil) {
        let allowed = topLevel ? ["rule", "element", "reason", "expires"] : ["rule", "reason", "expires"]
        guard let f = reader.fields(node, "accepted risk", allowed: allowed, required: ["rule", "reason"]) else { return }
        guard let rule = reader.string(f["rule"], "'rule'"), let reason = reader.string(f["reason"], "'reason'") else {
            return
        }
        // The date itself is checked with the Swift DSL's, by ModelChecker.
        let risk = AcceptedRisk(
            rule: rule, element: topLevel ? reader.id(f["element"], "'element'") : element, reason: reason,
            expires: reader.string(f["expires"], "'expires'"))
        if topLevel {
            acceptedRisks.append(risk)
            acceptedRiskLocations.append(reader.location(node))
        } else {
            elementRisks.append((risk, flowIndex, reader.location(node)))
        }
    }

    /// Derived flow ids that collide with an earlier id get `#2`, `#3`, ... in declaration order.
    private func settledFlows() -> [Flow] {
        var taken = Set(declarations.map(\.id))
        taken.formUnion(flows.filter(\.explicitID).map(\.flow.id))
        var result: [Flow] = []
        for pending in flows {
            var flow = pending.flow
            if !pending.explicitID {
                let base = flow.id.rawValue
                var n = 2
                while taken.contains(flow.id) {
                    flow.id = ElementID("\(base)#\(n)")
                    n += 1
                }
                taken.insert(flow.id)
            }
            declarations.append((flow.id, pending.location))
            result.append(flow)
        }
        return result
    }
}
