/// The semantic checks every loader runs after building a model: duplicate ids, dangling
/// references, flows without a port (`FlowCheck`), malformed or clashing addresses and
/// contradictory failure domains (`NetworkCheck`), availability settings (`AvailabilityCheck`). Structural mistakes (wrong types, unknown keys)
/// are the loaders' own business.
///
/// Returns diagnostics sorted by location; an empty result means the model is usable.
public enum ModelChecker {
    public static func check(_ architecture: Architecture) -> [ModelDiagnostic] {
        // One index for the checks that look elements up (building it copies each element into
        // dictionaries); the checks that need none run beside it.
        let (index, standalone) = Parallel.both(
            { ArchitectureIndex.of(architecture) },
            {
                duplicateIDs(in: architecture) + DateCheck.diagnostics(in: architecture)
                    + FlowCheck.portlessFlows(in: architecture)
            })
        var diagnostics = standalone
        diagnostics += danglingReferences(in: architecture, index: index)
        diagnostics += NetworkCheck(index: index).diagnostics()
        diagnostics += AvailabilityCheck.diagnostics(architecture, index: index)
        return diagnostics.sorted { lhs, rhs in
            let l = lhs.location ?? SourceLocation(file: "", line: 0)
            let r = rhs.location ?? SourceLocation(file: "", line: 0)
            return (l, lhs.message) < (r, rhs.message)
        }
    }

    static func duplicateIDs(in architecture: Architecture) -> [ModelDiagnostic] {
        var seen = Set<ElementID>()
        var reported = Set<ElementID>()
        var diagnostics: [ModelDiagnostic] = []
        for id in allIDs(of: architecture) where !seen.insert(id).inserted && reported.insert(id).inserted {
            diagnostics.append(
                ModelDiagnostic(
                    "duplicate id '\(id)': ids must be unique across zones, hosts, components, certificates and flows",
                    at: architecture.sources[id], element: id, hint: "rename one of the elements"))
        }
        return diagnostics
    }

    static func allIDs(of a: Architecture) -> [ElementID] {
        a.zones.map(\.id) + a.hosts.map(\.id) + a.components.map(\.id) + a.certificates.map(\.id) + a.flows.map(\.id)
    }

    static func danglingReferences(in a: Architecture, index: ArchitectureIndex) -> [ModelDiagnostic] {
        var diagnostics: [ModelDiagnostic] = []
        func require(_ ref: ElementID?, from owner: ElementID, _ field: String, _ valid: (ElementID) -> Bool, _ what: String) {
            guard let ref, !valid(ref) else { return }
            diagnostics.append(
                ModelDiagnostic(
                    "'\(owner)' \(field) '\(ref)', which is not a declared \(what)", at: a.sources[owner], element: owner,
                    hint: "declare '\(ref)' or fix the reference"))
        }
        let isZone = { (id: ElementID) in index.zones[id] != nil }
        let isHost = { (id: ElementID) in index.hosts[id] != nil }
        let isComponent = { (id: ElementID) in index.components[id] != nil }
        let isCertificate = { (id: ElementID) in index.certificates[id] != nil }
        let isPlaced = { (id: ElementID) in isHost(id) || isComponent(id) }
        let isAnything = { (id: ElementID) in isZone(id) || isHost(id) || isComponent(id) }

        for host in a.hosts { require(host.zone, from: host.id, "is in zone", isZone, "zone") }
        for c in a.components {
            require(c.host, from: c.id, "runs on host", isHost, "host")
            require(c.zone, from: c.id, "is in zone", isZone, "zone")
            require(c.tls?.certificate, from: c.id, "uses certificate", isCertificate, "certificate")
            switch c.spec {
            case .dnsRecord(let s): s.targets.forEach { require($0, from: c.id, "points at", isPlaced, "host or component") }
            case .firewall(let s):
                s.protects.forEach { require($0, from: c.id, "protects", isAnything, "zone, host or component") }
                // A peer is "any", an address or block, or an element; a misspelt element matched nothing.
                for peer in s.rules.compactMap(\.peer) where !FirewallRule.isAnyPeer(peer) && !FirewallRule.isAddress(peer) {
                    require(ElementID(peer), from: c.id, "has a rule for peer", isAnything, "zone, host or component")
                }
            case .loadBalancer(let s):
                s.cluster.forEach { require($0, from: c.id, "has cluster member", isComponent, "component") }
                s.backends.forEach { require($0, from: c.id, "has backend", isPlaced, "host or component") }
                s.routing?.writes.forEach { require($0, from: c.id, "routes writes to", isPlaced, "host or component") }
                s.routing?.reads.forEach { require($0, from: c.id, "routes reads to", isPlaced, "host or component") }
            case .database(let s): require(s.replicatesFrom, from: c.id, "replicates from", isComponent, "component")
            case .monitoringAgent(let s):
                require(s.shipsTo, from: c.id, "ships to", isComponent, "component")
                require(s.scrapedBy, from: c.id, "is scraped by", isComponent, "component")
            case .virtualIP(let s): s.members.forEach { require($0, from: c.id, "has member", isComponent, "component") }
            case .cdn(let s): s.origins.forEach { require($0, from: c.id, "has origin", isPlaced, "host or component") }
            case .client, .webServer, .appServer, .cache, .monitoringPlatform, .generic, .bastion, .vpnGateway, .waf,
                .messageQueue, .objectStorage:
                break
            }
        }
        for cert in a.certificates {
            cert.installedOn.forEach { require($0, from: cert.id, "is installed on", isPlaced, "host or component") }
        }
        for flow in a.flows {
            require(flow.from, from: flow.id, "comes from", isPlaced, "host or component")
            require(flow.to, from: flow.id, "goes to", isPlaced, "host or component")
        }
        for (position, risk) in a.acceptedRisks.enumerated() {
            guard let element = risk.element, !index.contains(element) else { continue }
            diagnostics.append(
                ModelDiagnostic(
                    "accepted risk for rule '\(risk.rule)' names '\(element)', which is not a declared element",
                    at: a.sources[risk: position] ?? a.sources[element], element: element,
                    hint: "name a declared zone, host, component, certificate or flow, or remove the acceptance"))
        }
        return diagnostics
    }
}
