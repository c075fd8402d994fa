/// Addresses and failure domains of elements, as the model declares them.
extension ArchitectureIndex {
    /// The address blocks an element is known to send from: its host's addresses, a virtual IP's
    /// address, a VPN gateway's client network, else its zone's networks. Empty when unknown.
    public func networks(of id: ElementID) -> [IPNetwork] {
        var texts: [String] = []
        if let host = hosts[id] {
            texts = host.addresses
        } else if let component = components[id] {
            if let host = component.host { texts = hosts[host]?.addresses ?? [] }
            if let address = component.spec.virtualIP?.address { texts.append(address) }
            if let block = component.spec.vpnGateway?.clientNetwork { texts.append(block) }
        }
        if texts.isEmpty { texts = zone(of: id)?.networks ?? [] }
        return texts.compactMap(IPNetwork.init)
    }

    /// The failure domain a host or component sits in: its host's, completed by its zone's.
    public func failureDomain(of id: ElementID) -> FailureDomain? {
        let hostID = hosts[id] != nil ? id : components[id]?.host
        let own = hostID.flatMap { hosts[$0]?.failureDomain }
        let outer = zone(of: id)?.failureDomain
        guard let domain = own.map({ $0.within(outer) }) ?? outer, !domain.isEmpty else { return nil }
        return domain
    }
}
