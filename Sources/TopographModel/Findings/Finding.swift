/// How much a finding matters. Ordered: note < warning < error.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case note, warning, error

    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem a rule found in a model: what, where, the evidence, and what to do.
public struct Finding: Hashable, Sendable, Codable {
    /// The stable id of the rule, e.g. `tls.plaintext-after-termination`.
    public var ruleID: String
    public var severity: Severity
    /// One sentence naming the elements, e.g. "lb forwards decrypted traffic to server-1 over http".
    public var message: String
    /// The elements the finding is about; the first is the one to change.
    public var elements: [ElementID]
    /// The exact path, hops or set of elements that show the problem, one item per line.
    public var evidence: [String]
    /// What to do about it, specific to this finding.
    public var recommendation: String
    /// Where to change the model: the declaration of the first element.
    public var location: SourceLocation?
    /// Set when an accepted risk covers this finding.
    public var acceptance: Acceptance?

    public init(
        ruleID: String, severity: Severity, message: String, elements: [ElementID], evidence: [String] = [],
        recommendation: String, location: SourceLocation? = nil, acceptance: Acceptance? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.elements = elements
        self.evidence = evidence
        self.recommendation = recommendation
        self.location = location
        self.acceptance = acceptance
    }

    /// A key that identifies the finding across runs and edits elsewhere in the model (for baselines).
    public var fingerprint: String { ([ruleID] + elements.map(\.rawValue)).joined(separator: "|") }

    /// Whether the finding counts against the run (accepted and still valid ones do not).
    public var isActive: Bool { acceptance?.isExpired ?? true }
}

/// The accepted risk that covers a finding, and whether it has run out.
public struct Acceptance: Hashable, Sendable, Codable {
    public var risk: AcceptedRisk
    public var isExpired: Bool

    public init(risk: AcceptedRisk, isExpired: Bool) {
        self.risk = risk
        self.isExpired = isExpired
    }
}
