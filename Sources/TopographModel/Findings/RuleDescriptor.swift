/// What a validation rule is, independent of any model: the catalogue entry renderers and
/// output formats (SARIF rule metadata, the docs' appendix, `topograph rules`) read.
public struct RuleDescriptor: Hashable, Sendable, Codable {
    /// Stable dotted id, never reused, e.g. `tls.plaintext-after-termination`.
    public var id: String
    /// e.g. "tls", "data", "firewall", "availability", "monitoring", "shared-fate", "hygiene".
    public var category: String
    public var defaultSeverity: Severity
    /// One line, e.g. "Traffic travels in plaintext after TLS termination".
    public var title: String
    /// Why it matters.
    public var rationale: String
    /// Concrete remedies.
    public var recommendation: String
    /// e.g. "CWE-319", or URLs.
    public var references: [String]

    public init(
        id: String, category: String, defaultSeverity: Severity, title: String, rationale: String,
        recommendation: String, references: [String] = []
    ) {
        self.id = id
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.title = title
        self.rationale = rationale
        self.recommendation = recommendation
        self.references = references
    }
}
