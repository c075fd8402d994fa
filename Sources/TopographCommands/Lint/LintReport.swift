import TopographModel

/// How a finding stands in a lint run.
public enum FindingStatus: String, Hashable, Sendable, Codable {
    /// Counts against the run when at or above the threshold.
    case active
    /// Covered by an accepted risk that has not expired: listed, never fails the run.
    case accepted
    /// Listed in the baseline file: known before, never fails the run.
    case baselined
}

/// A finding as `topograph lint` reports it: the model it came from, where to point, how it stands.
public struct ReportedFinding: Hashable, Sendable {
    public var finding: Finding
    /// The model file that produced it, relative to the working directory when inside it.
    public var model: String
    /// The file to point at: the element's declaration, or the model itself when the finding has
    /// no location (architecture-wide findings).
    public var file: String
    public var line: Int?
    public var column: Int?
    public var status: FindingStatus
    /// Whether it fails the run: `LintVerdict.fails`, decided once when the report is made.
    public var fails: Bool

    public init(finding: Finding, model: String, verdict: LintVerdict, workingDirectory: String) {
        self.finding = finding
        self.model = ReportPaths.relative(model, to: workingDirectory)
        self.file = ReportPaths.relative(finding.location?.file ?? model, to: workingDirectory)
        self.line = finding.location?.line
        self.column = finding.location?.column
        self.status = verdict.status(of: finding)
        self.fails = verdict.fails(finding)
    }

    /// `file:line:column`, or less when the finding has no location.
    public var position: String {
        [file, line.map(String.init), line == nil ? nil : column.map(String.init)]
            .compactMap { $0 }.joined(separator: ":")
    }

    /// The acceptance that ran out, when one did: the finding is active again because of it.
    public var expiredAcceptance: AcceptedRisk? {
        guard let acceptance = finding.acceptance, acceptance.isExpired else { return nil }
        return acceptance.risk
    }
}

/// The outcome of linting one or more models: every finding with its status, and the verdict.
///
/// Pure data: the output formats read it, and only the command turns `exitCode` into a process exit.
public struct LintReport: Sendable {
    public var models: [String]
    public var findings: [ReportedFinding]
    /// The rule catalogue, for formats that describe rules (SARIF, JUnit).
    public var rules: [RuleDescriptor]
    /// What fails the run: the threshold and the baseline.
    public var verdict: LintVerdict
    public var threshold: Severity { verdict.threshold }
    /// Whether a baseline file took part (SARIF then marks results new or unchanged).
    public var usedBaseline: Bool

    /// Builds the report from each model's findings, in the order the models were given.
    public init(
        results: [(model: String, findings: [Finding])], rules: [RuleDescriptor], threshold: Severity,
        baseline: Baseline? = nil, workingDirectory: String
    ) {
        models = results.map { ReportPaths.relative($0.model, to: workingDirectory) }
        let verdict = LintVerdict(threshold: threshold, baseline: Set(baseline?.fingerprints ?? []))
        findings = results.flatMap { result in
            result.findings.map { finding in
                ReportedFinding(
                    finding: finding, model: result.model, verdict: verdict, workingDirectory: workingDirectory)
            }
        }
        self.rules = rules
        self.verdict = verdict
        usedBaseline = baseline != nil
    }

    /// The findings that make the run fail.
    public var failing: [ReportedFinding] { findings.filter(\.fails) }

    /// 0 when nothing active is at or above the threshold, 1 otherwise.
    public var exitCode: Int32 { failing.isEmpty ? ExitStatus.clean : ExitStatus.findings }

    /// Counts for summaries.
    public var summary: LintSummary { LintSummary(self) }

    /// The descriptor for a rule id; a minimal one when the catalogue does not know it, so every
    /// finding can still name a rule.
    public func descriptor(for ruleID: String) -> RuleDescriptor {
        rules.first { $0.id == ruleID }
            ?? RuleDescriptor(
                id: ruleID, category: String(ruleID.split(separator: ".").first ?? Substring(ruleID)),
                defaultSeverity: findings.first { $0.finding.ruleID == ruleID }?.finding.severity ?? .warning,
                title: ruleID, rationale: "", recommendation: "")
    }

    /// The catalogue plus any rule a finding names that the catalogue lacks, sorted by id.
    public var reportedRules: [RuleDescriptor] {
        let known = Set(rules.map(\.id))
        let extra = Set(findings.map(\.finding.ruleID)).subtracting(known).map(descriptor(for:))
        return (rules + extra).sorted { $0.id < $1.id }
    }
}

/// How many findings of each kind a report holds.
public struct LintSummary: Hashable, Sendable, Codable {
    public var total: Int
    public var failing: Int
    public var active: [String: Int]
    public var accepted: Int
    public var baselined: Int
    public var expiredAcceptances: Int
    public var passed: Bool
    public var threshold: Severity

    init(_ report: LintReport) {
        total = report.findings.count
        failing = report.failing.count
        let active = report.findings.filter { $0.status == .active }
        self.active = Dictionary(
            uniqueKeysWithValues: Severity.allCases.map { severity in
                (severity.rawValue, active.filter { $0.finding.severity == severity }.count)
            })
        accepted = report.findings.filter { $0.status == .accepted }.count
        baselined = report.findings.filter { $0.status == .baselined }.count
        expiredAcceptances = report.findings.filter { $0.expiredAcceptance != nil }.count
        passed = failing == 0
        threshold = report.threshold
    }

    /// Number of active findings of one severity.
    public func active(_ severity: Severity) -> Int { active[severity.rawValue] ?? 0 }
}
