import Synchronization

/// Lookups over an architecture built once: elements by id, components by host, zone of anything.
///
/// Every pass over a model uses this rather than scanning lists, so analyses stay linear.
public struct ArchitectureIndex: Sendable {
    public let architecture: Architecture
    public let zones: [ElementID: Zone]
    public let hosts: [ElementID: Host]
    public let components: [ElementID: Component]
    public let certificates: [ElementID: Certificate]
    public let flows: [ElementID: Flow]
    /// Components per host, in declaration order.
    public let componentsByHost: [ElementID: [Component]]
    public let outgoing: [ElementID: [Flow]]
    public let incoming: [ElementID: [Flow]]

    public init(_ architecture: Architecture) {
        self.architecture = architecture
        // Two halves of about equal work (elements by id; flows by id and by end), side by side:
        // every analysis and the model checks wait for this index.
        let (elements, links) = Parallel.both({ Elements(architecture) }, { Links(architecture.flows) })
        zones = elements.zones
        hosts = elements.hosts
        components = elements.components
        certificates = elements.certificates
        componentsByHost = elements.componentsByHost
        flows = links.flows
        outgoing = links.outgoing
        incoming = links.incoming
    }

    /// The index of `architecture`, built once for all the passes over one model: the model checks
    /// and the analysis facts both need it, and for a big model it is their costliest setup. The
    /// last one built is kept; comparing a model with itself is quick (its arrays share storage).
    public static func of(_ architecture: Architecture) -> ArchitectureIndex {
        if let last = lastBuilt.withLock({ $0 }), last.architecture == architecture { return last }
        let index = ArchitectureIndex(architecture)
        lastBuilt.withLock { $0 = index }
        return index
    }

    private static let lastBuilt = Mutex<ArchitectureIndex?>(nil)

    /// The lookups by id, and components by host.
    private struct Elements: Sendable {
        var zones: [ElementID: Zone]
        var hosts: [ElementID: Host]
        var components: [ElementID: Component]
        var certificates: [ElementID: Certificate]
        var componentsByHost: [ElementID: [Component]] = [:]

        init(_ architecture: Architecture) {
            zones = byID(architecture.zones)
            hosts = byID(architecture.hosts)
            components = byID(architecture.components)
            certificates = byID(architecture.certificates)
            for component in architecture.components {
                if let host = component.host { componentsByHost[host, default: []].append(component) }
            }
        }
    }

    /// Flows by id and by end.
    private struct Links: Sendable {
        var flows: [ElementID: Flow]
        var outgoing: [ElementID: [Flow]] = [:]
        var incoming: [ElementID: [Flow]] = [:]

        init(_ all: [Flow]) {
            flows = byID(all)
            for flow in all {
                outgoing[flow.from, default: []].append(flow)
                incoming[flow.to, default: []].append(flow)
            }
        }
    }

    /// True when any element (zone, host, component, certificate, flow) has this id.
    public func contains(_ id: ElementID) -> Bool {
        zones[id] != nil || hosts[id] != nil || components[id] != nil || certificates[id] != nil || flows[id] != nil
    }

    /// The zone of a component (its own, else its host's) or of a host.
    public func zone(of id: ElementID) -> Zone? {
        if let host = hosts[id] { return host.zone.flatMap { zones[$0] } }
        guard let component = components[id] else { return nil }
        if let zone = component.zone { return zones[zone] }
        return component.host.flatMap { hosts[$0]?.zone }.flatMap { zones[$0] }
    }

    /// A human name for any element id.
    public func displayName(of id: ElementID) -> String {
        components[id]?.displayName ?? hosts[id]?.displayName ?? zones[id]?.displayName ?? id.rawValue
    }

    /// Components of one kind, in declaration order.
    public func components(ofKind kind: ComponentKind) -> [Component] {
        architecture.components.filter { $0.kind == kind }
    }
}

/// Elements by id. First declaration wins, so a duplicate id (a diagnostic elsewhere) cannot crash
/// lookups. Filled in place: a list of (id, element) pairs first would copy every element once more.
private func byID<T: Identifiable>(_ items: [T]) -> [ElementID: T] where T.ID == ElementID {
    var result: [ElementID: T] = Dictionary(minimumCapacity: items.count)
    for item in items where result[item.id] == nil { result[item.id] = item }
    return result
}
