import TopographModel

/// Which aspect of a design a diagram shows, as one value: which components it draws (in focus,
/// greyed for context, or not at all), which flows, whether flows are routed through the firewalls
/// in front of their targets, and how much detail nodes and edges carry.
///
/// A view is data, not a case that code elsewhere switches on: adding one is a new `static let`
/// here and its entry in `allCases`; nothing else changes.
public struct DiagramView: Sendable, Hashable, CaseIterable, RawRepresentable, Codable, CustomStringConvertible {
    /// How a view draws a component.
    enum Placement: Sendable { case focus, context, hidden }

    /// The name users type (`render --view`, topograph.yml's `views:`) and files are named after.
    public let name: String
    /// One line for help texts and the diagram's subtitle.
    public let summary: String
    /// Where a component goes; `isEndpoint` says whether a flow this view draws starts or ends at it.
    let placement: @Sendable (_ component: Component, _ isEndpoint: Bool) -> Placement
    /// Whether the view draws a flow, given what it goes to (nil: a host, a zone, a dangling id).
    let showsFlow: @Sendable (_ flow: Flow, _ target: ComponentKind?) -> Bool
    /// Whether flows into protected elements are drawn through the firewalls in front of them.
    let routesThroughFirewalls: Bool
    /// Whether DNS records get a faint line to what they resolve to.
    let showsResolution: Bool
    /// Whether nodes list TLS settings and firewall rules.
    let showsSecurityDetails: Bool
    /// Whether replication lines go without protocol labels (their tooltip keeps them).
    let wordlessReplication: Bool
    /// What a host with nothing in focus says.
    let emptyHostNote: String
    /// Whether every finding gets a badge: those on nothing drawn are listed with the legend.
    /// Views of one concern show their own subject only.
    let badgesEveryFinding: Bool
    /// Set for a view about monitoring: stand-alone components nothing watches (a load balancer
    /// appliance, a managed database) are drawn greyed with this note and their findings' badges,
    /// so the view shows the gap its findings are about.
    var unwatchedNote: String? = nil

    /// Every view, in the order help texts and configurations list them.
    public static let allCases: [DiagramView] = standard + [.failure]

    /// The views a project renders and a design document shows unless told otherwise.
    public static let standard: [DiagramView] = [.overview, .security, .data, .monitoring]

    /// Everything: zones, hosts, components and every flow.
    public static let overview = DiagramView(
        name: "overview", summary: "everything",
        placement: { _, _ in .focus },
        showsFlow: { _, _ in true },
        routesThroughFirewalls: true, showsResolution: true, showsSecurityDetails: true,
        // Replication labels crowd the primary, where every replica's line and the writes meet;
        // the data view and the design document name protocol and port.
        wordlessReplication: true, emptyHostNote: "nothing in this view", badgesEveryFinding: true)

    /// Everything, with a failure drawn over it (`DiagramOptions.failure`): the elements given to
    /// `render --fail`, else the design's most severe single failure, in red, and what is lost
    /// with them greyed out.
    public static let failure = DiagramView(
        name: "failure", summary: "blast radius of a failure (render --fail, else the most severe single failure)",
        placement: { _, _ in .focus },
        showsFlow: { _, _ in true },
        routesThroughFirewalls: true, showsResolution: true, showsSecurityDetails: false,
        wordlessReplication: true, emptyHostNote: "nothing in this view", badgesEveryFinding: false)

    /// Trust boundaries: zones, firewalls, where TLS terminates and which hops are plaintext.
    public static let security = DiagramView(
        name: "security", summary: "zones, firewalls, TLS termination and plaintext hops",
        placement: { component, _ in isMonitoring(component.kind) ? .hidden : .focus },
        showsFlow: { flow, _ in !isTelemetry(flow.purpose) },
        routesThroughFirewalls: true, showsResolution: true, showsSecurityDetails: true,
        wordlessReplication: false, emptyHostNote: "nothing in this view", badgesEveryFinding: false)

    /// Databases and the other data stores, who reads and writes them, and replication.
    public static let data = DiagramView(
        name: "data", summary: "databases, write path and replication",
        placement: { component, isEndpoint in component.kind.isDataStore || isEndpoint ? .focus : .hidden },
        // A request to a queue or a bucket moves data as much as a read does: without it the store
        // would stand alone, its producers and consumers missing.
        showsFlow: { flow, target in
            [.read, .write, .replication].contains(flow.purpose) || (flow.purpose == .request && target?.isDataStore == true)
        },
        routesThroughFirewalls: false, showsResolution: false, showsSecurityDetails: false,
        wordlessReplication: false, emptyHostNote: "nothing in this view", badgesEveryFinding: false)

    /// Monitoring agents, where they ship to, and which hosts have none.
    public static let monitoring = DiagramView(
        name: "monitoring", summary: "monitoring agents and platform",
        // Everything else on a host stays, greyed, so a host without an agent stands out.
        placement: { component, _ in isMonitoring(component.kind) ? .focus : component.host != nil ? .context : .hidden },
        showsFlow: { flow, _ in isTelemetry(flow.purpose) },
        routesThroughFirewalls: false, showsResolution: false, showsSecurityDetails: false,
        wordlessReplication: false, emptyHostNote: "no monitoring agent", badgesEveryFinding: false,
        unwatchedNote: "not monitored")

    private static func isMonitoring(_ kind: ComponentKind) -> Bool { [.monitoringAgent, .monitoringPlatform].contains(kind) }
    private static func isTelemetry(_ purpose: FlowPurpose) -> Bool { [.metrics, .logs].contains(purpose) }

    public var rawValue: String { name }
    public var description: String { name }

    /// The view called `rawValue`, if there is one.
    public init?(rawValue: String) {
        guard let view = Self.allCases.first(where: { $0.name == rawValue }) else { return nil }
        self = view
    }

    private init(
        name: String, summary: String, placement: @escaping @Sendable (Component, Bool) -> Placement,
        showsFlow: @escaping @Sendable (Flow, ComponentKind?) -> Bool, routesThroughFirewalls: Bool, showsResolution: Bool,
        showsSecurityDetails: Bool, wordlessReplication: Bool, emptyHostNote: String, badgesEveryFinding: Bool,
        unwatchedNote: String? = nil
    ) {
        self.unwatchedNote = unwatchedNote
        self.name = name
        self.summary = summary
        self.placement = placement
        self.showsFlow = showsFlow
        self.routesThroughFirewalls = routesThroughFirewalls
        self.showsResolution = showsResolution
        self.showsSecurityDetails = showsSecurityDetails
        self.wordlessReplication = wordlessReplication
        self.emptyHostNote = emptyHostNote
        self.badgesEveryFinding = badgesEveryFinding
    }

    /// Views are named uniquely: the name is the identity.
    public static func == (lhs: DiagramView, rhs: DiagramView) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
