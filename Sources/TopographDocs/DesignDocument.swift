import TopographAnalysis
import TopographFailure
import TopographModel

/// What a design document includes beyond the model itself.
public struct DocumentOptions: Hashable, Sendable {
    /// Relative link to the rendered diagram (SVG or PNG); nil leaves the diagram out.
    public var diagramPath: String?
    /// `YYYY-MM-DD` shown as the generation date; nil keeps the document free of dates.
    public var date: String?
    /// Replaces the document title (the architecture's name by default).
    public var title: String?
    /// Mermaid charts to embed as fenced `mermaid` blocks (GitHub and GitLab draw them), each with
    /// its caption, e.g. ("Overview", chart). Embedded where the diagram goes, in place of the image.
    public var mermaid: [MermaidChart]

    /// One view drawn as Mermaid text.
    public struct MermaidChart: Hashable, Sendable {
        public var caption: String
        public var text: String

        public init(caption: String, text: String) {
            self.caption = caption
            self.text = text
        }
    }

    public init(diagramPath: String? = nil, date: String? = nil, title: String? = nil, mermaid: [MermaidChart] = []) {
        self.diagramPath = diagramPath
        self.date = date
        self.title = title
        self.mermaid = mermaid
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
        markdown(for: ArchitectureFacts(architecture), findings: findings, catalogue: catalogue, options: options)
    }

    /// The same, over facts already computed (the validator and the diagram read the same ones).
    public static func markdown(
        for facts: ArchitectureFacts, findings: [Finding], catalogue: [RuleDescriptor], options: DocumentOptions
    ) -> String {
        let doc = DocumentContext(facts)
        let issues = IssueIndex(findings: findings, catalogue: catalogue)
        let sections: [String] = [
            OverviewSection.render(doc, issues: issues, options: options),
            RequestWalkSection.render(doc),
            SpecificsSection.render(doc, issues: issues),
            FailureModesSection.render(FailureAnalysis(facts: facts, groups: FailureAnalysis.automaticGroups(facts.architecture))),
            InventorySection.render(doc),
            IssuesSection.render(issues),
            RecommendationsSection.render(issues),
            AcceptedRisksSection.render(doc, issues: issues),
            AppendixSection.render(issues),
        ]
        return sections.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    /// The document title: the override, else the architecture's name.
    public static func title(for architecture: Architecture, options: DocumentOptions) -> String {
        options.title ?? architecture.name
    }
}
