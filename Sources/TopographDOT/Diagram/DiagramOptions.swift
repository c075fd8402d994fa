import TopographModel

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
    /// A failure to draw over the view: failed elements in red, what is lost with them greyed.
    public var failure: FailureMarks?
    /// A diff to draw over the view (a diagram of both versions): added green, removed red and
    /// dashed, changed amber with its fields named, the rest neutral.
    public var diff: DiffMarks?

    public init(
        view: DiagramView = .overview, rankdir: RankDirection = .topToBottom, title: String? = nil,
        showFindings: Bool = true, showLegend: Bool = true, multiplicity: [ElementID: Int] = [:],
        failure: FailureMarks? = nil, diff: DiffMarks? = nil
    ) {
        self.failure = failure
        self.diff = diff
        self.view = view
        self.rankdir = rankdir
        self.title = title
        self.showFindings = showFindings
        self.showLegend = showLegend
        self.multiplicity = multiplicity
    }
}
