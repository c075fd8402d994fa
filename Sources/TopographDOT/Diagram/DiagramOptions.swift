import TopographModel

/// Which aspect of a design a diagram shows.
public enum DiagramView: String, CaseIterable, Sendable, Codable {
    /// Everything: zones, hosts, components and every flow.
    case overview
    /// Trust boundaries: zones, firewalls, where TLS terminates and which hops are plaintext.
    case security
    /// Databases, who reads and writes them, and replication.
    case data
    /// Monitoring agents, where they ship to, and which hosts have none.
    case monitoring

    /// One line for help texts and legends.
    public var summary: String {
        switch self {
        case .overview: "everything"
        case .security: "zones, firewalls, TLS termination and plaintext hops"
        case .data: "databases, write path and replication"
        case .monitoring: "monitoring agents and platform"
        }
    }
}

/// Graphviz rank direction: left to right or top to bottom.
public enum RankDirection: String, CaseIterable, Sendable, Codable {
    case leftToRight = "LR"
    case topToBottom = "TB"
}

/// How to draw a diagram.
public struct DiagramOptions: Hashable, Sendable {
    public var view: DiagramView
    /// Top to bottom by default: internet at the top, servers side by side, a page-width picture.
    public var rankdir: RankDirection
    /// Replaces the default title (the model's name and the view).
    public var title: String?
    /// Whether findings get outlines and numbered badges.
    public var showFindings: Bool
    /// Whether to draw the legend.
    public var showLegend: Bool
    /// For a grouped drawing (`ServerGrouping.Result.multiplicity`): how many model elements each
    /// drawn one stands for, so counts such as a load balancer's backends stay those of the model.
    public var multiplicity: [ElementID: Int]

    public init(
        view: DiagramView = .overview, rankdir: RankDirection = .topToBottom, title: String? = nil,
        showFindings: Bool = true, showLegend: Bool = true, multiplicity: [ElementID: Int] = [:]
    ) {
        self.view = view
        self.rankdir = rankdir
        self.title = title
        self.showFindings = showFindings
        self.showLegend = showLegend
        self.multiplicity = multiplicity
    }
}
