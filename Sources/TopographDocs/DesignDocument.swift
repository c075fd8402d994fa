import TopographModel

/// What a design document includes beyond the model itself.
public struct DocumentOptions: Hashable, Sendable {
    /// Relative link to the rendered diagram (SVG or PNG); nil leaves the diagram out.
    public var diagramPath: String?
    /// `YYYY-MM-DD` shown as the generation date; nil keeps the document free of dates.
    public var date: String?
    /// Replaces the document title (the architecture's name by default).
    public var title: String?

    public init(diagramPath: String? = nil, date: String? = nil, title: String? = nil) {
        self.diagramPath = diagramPath
        self.date = date
        self.title = title
    }
}

/// The design review of an architecture as GitHub-flavoured Markdown.
///
/// Same inputs, same bytes: sections follow declaration order and the validator's finding order,
/// and every model-provided string is escaped.
public enum DesignDocument {
    /// The whole document. Findings are numbered by their position in `findings` (the diagram's badges).
    public static func markdown(
        for architecture: Architecture, findings: [Finding], catalogue: [RuleDescriptor], options: DocumentOptions
    ) -> String {
        let facts = DocumentFacts(architecture)
        let issues = IssueIndex(findings: findings, catalogue: catalogue)
        let sections: [String] = [
            OverviewSection.render(facts, issues: issues, options: options),
            RequestWalkSection.render(facts),
            SpecificsSection.render(facts, issues: issues),
            InventorySection.render(facts),
            IssuesSection.render(issues),
            RecommendationsSection.render(issues),
            AcceptedRisksSection.render(facts, issues: issues),
            AppendixSection.render(issues),
        ]
        return sections.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    /// The document title: the override, else the architecture's name.
    public static func title(for architecture: Architecture, options: DocumentOptions) -> String {
        options.title ?? architecture.name
    }
}
