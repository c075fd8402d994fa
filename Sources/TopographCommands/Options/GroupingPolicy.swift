import TopographModel

/// When a diagram folds identical servers into one node with a count (`ServerGrouping`).
///
/// Why automatic: past about a hundred servers a picture of every one is unreadable, and
/// Graphviz 2.42's clustered layout gets slow and then fails outright ("trouble in init_rank";
/// measured on the synthetic reference design: 150 servers lay out in 0.4 s, 175 fail after a
/// minute or more, `dot` included).
public enum GroupingPolicy: String, CaseIterable, Sendable {
    case auto, always, never

    /// `auto` groups models with more hosts than this.
    public static let autoThreshold = 100

    /// Whether `architecture` is drawn grouped under this policy.
    public func applies(to architecture: Architecture) -> Bool {
        self == .always || (self == .auto && architecture.hosts.count > Self.autoThreshold)
    }

    /// The architecture to draw, what each drawn element stands for, and the note to show when
    /// servers were folded.
    public func drawn(_ architecture: Architecture) -> (architecture: Architecture, multiplicity: [ElementID: Int], summary: String?) {
        guard applies(to: architecture) else { return (architecture, [:], nil) }
        let result = ServerGrouping.collapse(architecture)
        return (result.architecture, result.multiplicity, result.summary)
    }
}
