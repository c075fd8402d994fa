import TopographModel

/// How much of the design is firewalled, monitored and encrypted: the figures a reviewer reads first.
public struct CoverageFacts: Sendable {
    /// Elements that have a property and those that lack it, each in declaration order.
    public struct Ratio: Sendable {
        public let covered: [ElementID]
        public let missing: [ElementID]
        public var total: Int { covered.count + missing.count }
    }

    /// Hosts that some firewall covers (a host firewall, or a network firewall protecting the
    /// host or its zone).
    public let hostsWithFirewall: Ratio
    /// Hosts with a monitoring agent.
    public let hostsWithAgent: Ratio
    /// Components an internet source sends anything to, and whether a firewall covers them.
    public let internetFacingWithFirewall: Ratio
    /// Flows that travel on a network (DNS lookups to public resolvers aside), by flow id, and
    /// whether they are encrypted.
    public let networkHopsEncrypted: Ratio

    init(facts: ArchitectureFacts) {
        func ratio(_ ids: [ElementID], _ test: (ElementID) -> Bool) -> Ratio {
            Ratio(covered: ids.filter(test), missing: ids.filter { !test($0) })
        }
        let hosts = facts.architecture.hosts.map(\.id)
        hostsWithFirewall = ratio(hosts) { !facts.firewalls.covering($0).isEmpty }
        hostsWithAgent = ratio(hosts) { facts.monitoring.watches(host: $0) }
        internetFacingWithFirewall = ratio(facts.entry.internetFacing) { !facts.firewalls.covering($0).isEmpty }
        let hops = facts.architecture.flows.filter { !facts.staysOnHost($0) && !facts.isLocalAccess($0) && $0.purpose != .dns }
        networkHopsEncrypted = Ratio(covered: hops.filter(\.encrypted).map(\.id), missing: hops.filter { !$0.encrypted }.map(\.id))
    }
}
