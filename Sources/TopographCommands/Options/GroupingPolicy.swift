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
    public static let autoThreshold = ServerGrouping.automaticThreshold

    /// Whether `architecture` is drawn grouped under this policy.
    public func applies(to architecture: Architecture) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: architecture.hosts.count > Self.autoThreshold
        }
    }

    /// The model as its diagrams draw it: folded when the policy applies, findings moved onto the
    /// nodes drawn for their elements.
    func drawn(_ model: AnalysedModel) -> DrawnModel {
        guard applies(to: model.architecture) else {
            return DrawnModel(architecture: model.architecture, findings: model.findings, multiplicity: [:], summary: nil)
        }
        let result = ServerGrouping.collapse(model.architecture)
        return DrawnModel(
            architecture: result.architecture, findings: result.drawn(model.findings), multiplicity: result.multiplicity,
            summary: result.summary)
    }
}
