import TopographModel

extension ValidationContext {
    /// Machines (hosts and stand-alone components) inside our network that receive traffic from
    /// another machine, sorted by id, each with those flows in declaration order. Internet and
    /// external (SaaS) elements are not ours to firewall.
    func receivingUnits() -> [(unit: ElementID, flows: [Flow])] {
        var flows: [ElementID: [Flow]] = [:]
        for flow in architecture.flows where crossesHosts(flow) {
            let u = unit(of: flow.to)
            if let kind = zoneKind(of: u), kind == .internet || kind == .external { continue }
            if let kind = component(u)?.kind, kind == .client || kind == .dnsRecord { continue }
            flows[u, default: []].append(flow)
        }
        return flows.keys.sorted().map { ($0, flows[$0]!) }
    }

    /// `web 80, app 8000`: what listens on a machine.
    func listening(on unit: ElementID) -> String {
        let components = index.hosts[unit] != nil ? components(on: unit) : component(unit).map { [$0] } ?? []
        let items = components.filter { !$0.ports.isEmpty }.map { "\($0.id) \($0.ports.map(String.init).joined(separator: ","))" }
        return items.isEmpty ? "no ports declared" : items.joined(separator: ", ")
    }
}
