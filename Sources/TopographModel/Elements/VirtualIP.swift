/// A floating or virtual IP (keepalived/VRRP, a cloud load balancer's front end, a database
/// failover endpoint): one address that DNS records, clients and flows target, served by its members.
public struct VirtualIPSpec: Hashable, Sendable, Codable {
    /// The components that answer on the address, e.g. the two load balancers of a pair. For an
    /// active-passive address, in priority order: the first holds it while it is up.
    public var members: [ElementID]
    public var mode: VirtualIPMode
    /// The address itself, e.g. `203.0.113.10`.
    public var address: String?
    /// What moves or spreads the address, e.g. `keepalived (VRRP)`, `AWS NLB`.
    public var mechanism: String?

    public init(
        members: [ElementID] = [], mode: VirtualIPMode = .activePassive, address: String? = nil,
        mechanism: String? = nil
    ) {
        self.members = members
        self.mode = mode
        self.address = address
        self.mechanism = mechanism
    }
}

public enum VirtualIPMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// One member holds the address; another takes it over when the holder fails.
    case activePassive
    /// Every member answers on the address (ECMP, anycast, a cloud load balancer).
    case activeActive
}
