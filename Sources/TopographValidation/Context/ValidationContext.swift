import TopographModel

/// Everything rules need to know about one model, computed once per run and shared.
///
/// Each fact is derived in a single linear pass (maps, BFS, one DFS), so running forty rules over
/// a model of 100k elements costs a few passes, not forty times a quadratic scan.
final class ValidationContext {
    let architecture: Architecture
    let index: ArchitectureIndex
    /// `YYYY-MM-DD` the run is evaluated on; nil when dates must not matter.
    let today: String?
    /// Clients and other non-DNS components in internet zones: where outside traffic starts.
    let internetSources: [ElementID]
    let isInternetSource: Set<ElementID>
    let reach: InternetReach
    let tls: TLSFacts
    let firewalls: FirewallFacts
    let replication: ReplicationFacts
    let monitoring: MonitoringFacts
    let sharedFate: SharedFateFacts
    let failure: FailureFacts

    init(_ architecture: Architecture, today: String? = nil) {
        self.architecture = architecture
        self.today = today
        let index = ArchitectureIndex(architecture)
        self.index = index
        internetSources = architecture.components.filter { c in
            c.kind == .client || (c.kind != .dnsRecord && c.kind != .firewall && index.zone(of: c.id)?.kind == .internet)
        }.map(\.id)
        isInternetSource = Set(internetSources)
        reach = InternetReach(index: index, sources: internetSources)
        firewalls = FirewallFacts(index: index)
        replication = ReplicationFacts(index: index)
        monitoring = MonitoringFacts(index: index)
        sharedFate = SharedFateFacts(index: index)
        tls = TLSFacts(index: index, reach: reach)
        // FailureFacts needs the failure unit of an element before `self` is fully initialised.
        failure = FailureFacts(
            index: index, sources: internetSources, replication: replication, unit: { Self.unit(of: $0, in: index) })
    }

    // MARK: Element helpers

    /// The failure unit of an element: its host for a hosted component, else itself.
    func unit(of id: ElementID) -> ElementID { Self.unit(of: id, in: index) }

    static func unit(of id: ElementID, in index: ArchitectureIndex) -> ElementID {
        index.components[id]?.host ?? id
    }

    func zoneKind(of id: ElementID) -> ZoneKind? { index.zone(of: id)?.kind }

    /// True when both ends run on different machines, i.e. the bytes travel on a network.
    func crossesHosts(_ flow: Flow) -> Bool { unit(of: flow.from) != unit(of: flow.to) }

    func component(_ id: ElementID) -> Component? { index.components[id] }

    /// The components that serve a request: the tiers that sit behind a load balancer.
    static let tierKinds: [ComponentKind] = [.loadBalancer, .webServer, .appServer, .database, .cache]

    /// A short description of a flow for evidence lines, e.g. `lb -> web-1: http 80 (unencrypted)`.
    func describe(_ flow: Flow) -> String {
        let port = flow.port.map { " \($0)" } ?? ""
        let purpose = flow.purpose == .request ? "" : ", \(flow.purpose.rawValue)"
        return "\(flow.from) -> \(flow.to): \(flow.protocol)\(port) (\(flow.encrypted ? "encrypted" : "unencrypted")\(purpose))"
    }

    /// `a, b and c` for messages.
    static func list<S: Sequence>(_ items: S) -> String where S.Element: CustomStringConvertible {
        let names = items.map(\.description)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// A short software label: `nginx 1.24`, or the kind when no software is declared.
    func label(_ c: Component) -> String { c.software?.description ?? c.kind.title }

    /// Hosts in declaration order with their components.
    func components(on host: ElementID) -> [Component] { index.componentsByHost[host] ?? [] }
}
