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
        zones = Self.byID(architecture.zones)
        hosts = Self.byID(architecture.hosts)
        components = Self.byID(architecture.components)
        certificates = Self.byID(architecture.certificates)
        flows = Self.byID(architecture.flows)
        var byHost: [ElementID: [Component]] = [:]
        for component in architecture.components {
            if let host = component.host { byHost[host, default: []].append(component) }
        }
        componentsByHost = byHost
        var outgoing: [ElementID: [Flow]] = [:]
        var incoming: [ElementID: [Flow]] = [:]
        for flow in architecture.flows {
            outgoing[flow.from, default: []].append(flow)
            incoming[flow.to, default: []].append(flow)
        }
        self.outgoing = outgoing
        self.incoming = incoming
    }

    /// First declaration wins, so a duplicate id (a diagnostic elsewhere) cannot crash lookups.
    /// Filled in place: a list of (id, element) pairs first would copy every element once more.
    private static func byID<T: Identifiable>(_ items: [T]) -> [ElementID: T] where T.ID == ElementID {
        var result: [ElementID: T] = Dictionary(minimumCapacity: items.count)
        for item in items where result[item.id] == nil { result[item.id] = item }
        return result
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
