import TopographModel

/// Everything Topograph concludes about one model, computed once and read by the validation
/// rules, the design document and the diagram, so the three cannot disagree.
///
/// Each fact lives in its own small type under `Facts/` and is derived in one linear pass (maps,
/// BFS, one DFS), so building all of them for a model of 100k elements costs a few passes.
public final class ArchitectureFacts: Sendable {
    public let architecture: Architecture
    public let index: ArchitectureIndex
    /// Clients and other components in internet zones (DNS records and firewalls aside): where
    /// outside traffic starts.
    public let internetSources: [ElementID]
    public let isInternetSource: Set<ElementID>
    public let virtualIPs: VirtualIPFacts
    public let reach: InternetReach
    public let entry: EntryFacts
    public let tls: TLSFacts
    public let firewalls: FirewallFacts
    public let exposure: ExposureFacts
    public let replication: ReplicationFacts
    public let tiers: TierFacts
    public let monitoring: MonitoringFacts
    public let sharedFate: SharedFateFacts
    public let failure: FailureFacts
    public let certificates: CertificateFacts
    public let balancers: BalancerFacts
    public let writePaths: WritePathFacts
    public let adminAccess: AdminAccessFacts
    public let failoverRoles: FailoverRoles

    /// Clients and other non-DNS components in internet zones: where outside traffic starts. A
    /// client on a known network (a zone that is not the internet and declares its `networks`,
    /// such as an office or a VPN range) is not: firewall rules can tell it from the internet.
    static func isInternetSource(_ c: Component, _ index: ArchitectureIndex) -> Bool {
        let zone = index.zone(of: c.id)
        if c.kind == .client { return zone.map { $0.kind == .internet || $0.networks.isEmpty } ?? true }
        return c.kind != .dnsRecord && c.kind != .firewall && zone?.kind == .internet
    }

    public init(_ architecture: Architecture) {
        self.architecture = architecture
        let index = ArchitectureIndex.of(architecture)
        self.index = index
        let sources = architecture.components.filter { Self.isInternetSource($0, index) }.map(\.id)
        internetSources = sources
        let isInternetSource = Set(sources)
        self.isInternetSource = isInternetSource
        let virtualIPs = VirtualIPFacts(index: index)
        self.virtualIPs = virtualIPs
        let reach = InternetReach(virtualIPs: virtualIPs, sources: sources)
        self.reach = reach
        // Two independent families of facts, one per core: what traffic may reach (firewalls, TLS,
        // exposure) and what survives failures (replication, tiers, monitoring, failure).
        let (network, resilience) = Parallel.both(
            { NetworkFacts(index: index, virtualIPs: virtualIPs, reach: reach, isInternetSource: isInternetSource) },
            { ResilienceFacts(index: index, virtualIPs: virtualIPs, sources: sources) })
        entry = network.entry
        firewalls = network.firewalls
        exposure = network.exposure
        tls = network.tls
        certificates = network.certificates
        balancers = network.balancers
        adminAccess = network.adminAccess
        replication = resilience.replication
        tiers = resilience.tiers
        monitoring = resilience.monitoring
        sharedFate = resilience.sharedFate
        writePaths = resilience.writePaths
        failoverRoles = resilience.failoverRoles
        failure = resilience.failure
    }

    // MARK: Placement

    /// The failure unit of an element: its host for a hosted component, else itself.
    public func unit(of id: ElementID) -> ElementID { index.unit(of: id) }

    /// True when both ends run on the same machine: the bytes never touch a network and no
    /// firewall sees them.
    public func staysOnHost(_ flow: Flow) -> Bool { index.unit(of: flow.from) == index.unit(of: flow.to) }

    /// True for a read or write through the local file system: a `file` flow, or a port-less
    /// plaintext flow between components of one host. No network, no firewall, no TLS applies.
    public func isLocalAccess(_ flow: Flow) -> Bool {
        flow.protocol.lowercased() == "file" || (staysOnHost(flow) && flow.port == nil && !flow.encrypted)
    }

    /// The load balancer a host is dedicated to: the host runs load balancers and nothing else
    /// (agents and firewalls aside). Its failure and its monitoring are the balancer's, so
    /// findings name the balancer rather than the machine.
    public func dedicatedBalancer(on host: ElementID) -> Component? { index.dedicatedBalancer(on: host) }

    /// Firewall, monitoring and encryption coverage, computed on request (lint does not need it).
    public func coverage() -> CoverageFacts { CoverageFacts(facts: self) }

    public func zoneKind(of id: ElementID) -> ZoneKind? { index.zone(of: id)?.kind }

    public func component(_ id: ElementID) -> Component? { index.components[id] }

    /// The components on a host, in declaration order.
    public func components(on host: ElementID) -> [Component] { index.componentsByHost[host] ?? [] }
}

extension ArchitectureIndex {
    /// The failure unit of an element: its host for a hosted component, else itself.
    func unit(of id: ElementID) -> ElementID { components[id]?.host ?? id }

    /// See `ArchitectureFacts.dedicatedBalancer(on:)`.
    func dedicatedBalancer(on host: ElementID) -> Component? {
        let main = (componentsByHost[host] ?? []).filter { $0.kind != .monitoringAgent && $0.kind != .firewall }
        guard main.count == 1, main[0].kind == .loadBalancer else { return nil }
        return main[0]
    }
}

/// The facts of what traffic may reach and how it is protected, derived together on one core.
private struct NetworkFacts: Sendable {
    let entry: EntryFacts
    let firewalls: FirewallFacts
    let exposure: ExposureFacts
    let tls: TLSFacts
    let certificates: CertificateFacts
    let balancers: BalancerFacts
    let adminAccess: AdminAccessFacts

    init(index: ArchitectureIndex, virtualIPs: VirtualIPFacts, reach: InternetReach, isInternetSource: Set<ElementID>) {
        entry = EntryFacts(index: index, isInternetSource: isInternetSource)
        firewalls = FirewallFacts(index: index, virtualIPs: virtualIPs)
        exposure = ExposureFacts(index: index, virtualIPs: virtualIPs, firewalls: firewalls)
        tls = TLSFacts(index: index, virtualIPs: virtualIPs, reach: reach, isInternetSource: isInternetSource)
        certificates = CertificateFacts(index: index, tls: tls)
        balancers = BalancerFacts(index: index, virtualIPs: virtualIPs)
        adminAccess = AdminAccessFacts(index: index, firewalls: firewalls, isInternetSource: isInternetSource)
    }
}

/// The facts of what survives a failure, derived together on the other core.
private struct ResilienceFacts: Sendable {
    let replication: ReplicationFacts
    let tiers: TierFacts
    let monitoring: MonitoringFacts
    let sharedFate: SharedFateFacts
    let writePaths: WritePathFacts
    let failoverRoles: FailoverRoles
    let failure: FailureFacts

    init(index: ArchitectureIndex, virtualIPs: VirtualIPFacts, sources: [ElementID]) {
        replication = ReplicationFacts(index: index)
        tiers = TierFacts(index: index, replication: replication)
        monitoring = MonitoringFacts(index: index)
        sharedFate = SharedFateFacts(index: index, replication: replication)
        writePaths = WritePathFacts(index: index, tiers: tiers)
        failoverRoles = FailoverRoles(index: index)
        failure = FailureFacts(
            index: index, virtualIPs: virtualIPs, sources: sources, tiers: tiers, replication: replication)
    }
}
