import TopographModel

/// Machines that receive traffic, and which of them no firewall covers.
public struct ExposureFacts: Sendable {
    /// Machines (hosts and stand-alone components) inside our network that receive traffic from
    /// another machine, sorted by id, each with those flows in declaration order. Internet and
    /// external (SaaS) elements are not ours to firewall; clients and DNS records receive nothing.
    public let receivingUnits: [(unit: ElementID, flows: [Flow])]
    /// Receiving machines that no firewall covers, neither the machine nor any component a flow
    /// reaches on it, sorted by id.
    public let unprotected: [ElementID]
    public let isUnprotected: Set<ElementID>

    init(index: ArchitectureIndex, firewalls: FirewallFacts) {
        var flows: [ElementID: [Flow]] = [:]
        for flow in index.architecture.flows where index.unit(of: flow.from) != index.unit(of: flow.to) {
            let u = index.unit(of: flow.to)
            if let kind = index.zone(of: u)?.kind, kind == .internet || kind == .external { continue }
            if let kind = index.components[u]?.kind, kind == .client || kind == .dnsRecord { continue }
            flows[u, default: []].append(flow)
        }
        receivingUnits = flows.keys.sorted().map { ($0, flows[$0]!) }
        unprotected = receivingUnits.filter { unit, flows in
            firewalls.covering(unit).isEmpty && !flows.contains { !firewalls.covering($0.to).isEmpty }
        }.map(\.unit)
        isUnprotected = Set(unprotected)
    }
}
