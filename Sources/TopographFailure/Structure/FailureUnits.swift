import TopographModel

/// Something that can fail on its own: a failure domain (a region, an availability zone, a rack),
/// a zone (a network segment), a host, or a component.
public struct FailureElement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case failureDomain(FailureDomain.Level)
        case zone(ZoneKind)
        case host
        case component(ComponentKind)

        /// A zone or failure domain: a place things run in, rather than a machine or component.
        public var isPlace: Bool {
            switch self {
            case .failureDomain, .zone: true
            case .host, .component: false
            }
        }
    }

    public let id: ElementID
    public let kind: Kind
    /// Its Boolean variable in the decision diagram (true = working).
    public let variable: Int
}

/// The elements of a design that can fail, in the decision diagram's fixed variable order, and what
/// each element needs to work: itself, its host, its zone, and a network firewall in front of it.
///
/// Left out, because the design does not own them: internet zones and everything in them (users,
/// public DNS), DNS records (names, not machines), and host firewalls (rules on their host, which
/// fail with it). The order walks zones, then each zone's stand-alone components and hosts, each host
/// followed by its components, so a server's variables are adjacent and parallel servers keep the
/// diagram linear in their number.
public struct FailureUnits: Sendable {
    public let elements: [FailureElement]
    public let byID: [ElementID: FailureElement]
    private let index: ArchitectureIndex
    /// Network firewalls per id they protect (a host, a component or a zone).
    private let guards: [ElementID: [ElementID]]
    /// The failure-domain units each machine (a host, or a stand-alone component) sits in.
    private let domainsOf: [ElementID: [ElementID]]

    /// `domains` is each machine's effective failure domain (`FailureDomainFacts.domains`): every
    /// declared region, availability zone and rack becomes a unit, named by its qualified path
    /// (`eu-west-1/eu-west-1a/r12`), that the machines inside it need.
    public init(index: ArchitectureIndex, domains: [ElementID: FailureDomain] = [:]) {
        self.index = index
        var ordered: [(ElementID, FailureElement.Kind)] = []
        let architecture = index.architecture
        // Domains first: few variables above everything they hold keep the diagram small.
        let declared = Set(architecture.zones.map(\.id) + architecture.hosts.map(\.id) + architecture.components.map(\.id))
        var domainsOf: [ElementID: [ElementID]] = [:]
        var domainUnits: [FailureDomain.Level: [ElementID]] = [:]
        let machines = architecture.hosts.map(\.id) + architecture.components.filter { $0.host == nil }.map(\.id)
        for machine in machines {
            guard let domain = domains[machine] else { continue }
            for level in FailureDomain.Level.allCases {
                guard let path = domain.path(to: level) else { continue }
                let id = ElementID(declared.contains(ElementID(path)) ? "\(level.rawValue):\(path)" : path)
                if !(domainUnits[level] ?? []).contains(id) { domainUnits[level, default: []].append(id) }
                domainsOf[machine, default: []].append(id)
            }
        }
        self.domainsOf = domainsOf
        for level in FailureDomain.Level.allCases {
            for id in domainUnits[level] ?? [] { ordered.append((id, .failureDomain(level))) }
        }
        let counted = architecture.zones.filter { $0.kind != .internet }
        let zoneless = architecture.components.filter { $0.host == nil && ($0.zone == nil || index.zones[$0.zone!] == nil) }
        for zone in counted { ordered.append((zone.id, .zone(zone.kind))) }
        let standalone = Dictionary(grouping: architecture.components.filter { $0.host == nil && $0.zone != nil }, by: { $0.zone! })
        let hostsByZone = Dictionary(grouping: architecture.hosts, by: { $0.zone ?? "" })
        func addHost(_ host: Host) {
            ordered.append((host.id, .host))
            for c in index.componentsByHost[host.id] ?? [] where Self.canFail(c) { ordered.append((c.id, .component(c.kind))) }
        }
        for zone in counted {
            for c in standalone[zone.id] ?? [] where Self.canFail(c) { ordered.append((c.id, .component(c.kind))) }
            for host in hostsByZone[zone.id] ?? [] { addHost(host) }
        }
        for host in architecture.hosts where host.zone.flatMap({ index.zones[$0] }) == nil { addHost(host) }
        for c in zoneless where Self.canFail(c) { ordered.append((c.id, .component(c.kind))) }

        var byID: [ElementID: FailureElement] = [:]
        var elements: [FailureElement] = []
        for (id, kind) in ordered where byID[id] == nil {
            let element = FailureElement(id: id, kind: kind, variable: elements.count)
            byID[id] = element
            elements.append(element)
        }
        self.elements = elements
        self.byID = byID
        var guards: [ElementID: [ElementID]] = [:]
        for c in architecture.components {
            guard let fw = c.spec.firewall, fw.scope == .network, byID[c.id] != nil else { continue }
            for target in fw.protects where target != c.id { guards[target, default: []].append(c.id) }
        }
        self.guards = guards
    }

    /// Whether a component is a failure unit of its own (see the type's summary for what is not).
    private static func canFail(_ c: Component) -> Bool {
        switch c.spec {
        // A virtual IP is an address: it fails when its members do, not on its own.
        case .client, .dnsRecord, .virtualIP: false
        case .firewall(let fw): fw.scope == .network
        case .loadBalancer, .webServer, .appServer, .database, .cache, .monitoringAgent, .monitoringPlatform, .generic,
            .bastion, .vpnGateway, .cdn, .waf, .messageQueue, .objectStorage:
            true
        }
    }

    /// The elements an element needs, each alone: itself, its host and its zone (those that can
    /// fail). Network firewalls in front of them are alternatives and come from `guardsOf`.
    public func needs(_ id: ElementID) -> [FailureElement] {
        var ids: [ElementID] = [id]
        if let host = index.components[id]?.host { ids.append(host) }
        if let zone = index.zone(of: id)?.id { ids.append(zone) }
        ids += domainsOf[index.components[id]?.host ?? id] ?? []
        return ids.compactMap { byID[$0] }
    }

    /// The network firewalls in front of an element, its host or its zone, grouped per protected id:
    /// traffic reaches the element only when one firewall of every group works.
    public func guardsOf(_ id: ElementID) -> [[ElementID]] {
        var ids: [ElementID] = [id]
        if let host = index.components[id]?.host { ids.append(host) }
        if let zone = index.zone(of: id)?.id { ids.append(zone) }
        return ids.compactMap { guards[$0] }
    }

    /// Whether `id` is down when the elements in `failed` have failed (its host, zone, or every
    /// firewall in front of it included). Firewalls guarding each other in a loop count once.
    public func isDown(_ id: ElementID, failed: Set<ElementID>, visiting: Set<ElementID> = []) -> Bool {
        if needs(id).contains(where: { failed.contains($0.id) }) { return true }
        let visiting = visiting.union([id])
        return guardsOf(id).contains { group in
            group.allSatisfy { !visiting.contains($0) && isDown($0, failed: failed, visiting: visiting) }
        }
    }
}
