import TopographModel

/// Machines that receive traffic, and which of them no firewall covers.
public struct ExposureFacts: Sendable {
    /// Machines (hosts and stand-alone components) inside our network that receive traffic from
    /// another machine, sorted by id, each with those flows in declaration order. Internet and
    /// external (SaaS) elements are not ours to firewall; clients and DNS records receive nothing.
    /// A virtual IP is an address, not a machine: what is sent to it is received by its members.
    public let receivingUnits: [(unit: ElementID, flows: [Flow])]
    /// Receiving machines that no firewall covers, neither the machine nor any component a flow
    /// reaches on it (nor the virtual IP a flow was addressed to), sorted by id.
    public let unprotected: [ElementID]
    public let isUnprotected: Set<ElementID>

    init(index: ArchitectureIndex, virtualIPs: VirtualIPFacts, firewalls: FirewallFacts) {
        var flows: [ElementID: [Flow]] = [:]
        // Per unit, the elements its flows were addressed to (a member, or the virtual IP).
        var addressed: [ElementID: [ElementID]] = [:]
        for flow in index.architecture.flows {
            for server in virtualIPs.servers(of: flow.to) {
                let u = index.unit(of: server)
                guard u != index.unit(of: flow.from), Self.isOurs(u, index) else { continue }
                flows[u, default: []].append(flow)
                addressed[u, default: []] += server == flow.to ? [server] : [server, flow.to]
            }
        }
        receivingUnits = flows.keys.sorted().map { ($0, flows[$0]!) }
        unprotected = receivingUnits.map(\.unit).filter { unit in
            firewalls.covering(unit).isEmpty && !addressed[unit, default: []].contains { !firewalls.coveringItself($0).isEmpty }
        }
        isUnprotected = Set(unprotected)
    }

    /// Whether a unit is a machine of ours that a firewall could cover.
    private static func isOurs(_ unit: ElementID, _ index: ArchitectureIndex) -> Bool {
        if let kind = index.zone(of: unit)?.kind, kind == .internet || kind == .external { return false }
        guard let kind = index.components[unit]?.kind else { return true }
        return kind != .client && kind != .dnsRecord && kind != .virtualIP
    }
}
