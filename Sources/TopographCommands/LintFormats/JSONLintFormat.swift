import TopographModel

/// The machine-readable report: a stable, versioned schema with sorted keys.
///
/// Version 1: `{"version", "tool": {name, version, informationUri}, "models", "threshold",
/// "findings": [...], "summary": {...}}`. Fields are only ever added within a version.
enum JSONLintFormat {
    static let schemaVersion = 1

    static func render(_ report: LintReport) -> String {
        JSONOutput.encode(Document(report))
    }

    struct Document: Encodable {
        var version = JSONLintFormat.schemaVersion
        var tool = Tool()
        var models: [String]
        var threshold: Severity
        var findings: [Entry]
        var summary: Summary

        init(_ report: LintReport) {
            models = report.models
            threshold = report.threshold
            findings = report.findings.map { Entry($0, failing: $0.fails) }
            summary = Summary(report.summary)
        }
    }

    struct Tool: Encodable {
        var name = ToolInfo.name
        var version = ToolInfo.version
        var informationUri = ToolInfo.informationURI
    }

    struct Entry: Encodable {
        var ruleId: String
        var severity: Severity
        var message: String
        var elements: [String]
        var evidence: [String]
        var recommendation: String
        var model: String
        var location: Location
        var status: FindingStatus
        /// Whether this finding makes the run fail (active and at or above the threshold).
        var failing: Bool
        var fingerprint: String
        var acceptance: Acceptance?

        init(_ reported: ReportedFinding, failing: Bool) {
            let finding = reported.finding
            ruleId = finding.ruleID
            severity = finding.severity
            message = finding.message
            elements = finding.elements.map(\.rawValue)
            evidence = finding.evidence
            recommendation = finding.recommendation
            model = reported.model
            location = Location(file: reported.file, line: reported.line, column: reported.column)
            status = reported.status
            self.failing = failing
            fingerprint = finding.fingerprint
            acceptance = finding.acceptance.map(Acceptance.init)
        }
    }

    struct Location: Encodable {
        var file: String
        var line: Int?
        var column: Int?
    }

    struct Acceptance: Encodable {
        var reason: String
        var element: String?
        var expires: String?
        var expired: Bool

        init(_ acceptance: TopographModel.Acceptance) {
            reason = acceptance.risk.reason
            element = acceptance.risk.element?.rawValue
            expires = acceptance.risk.expires
            expired = acceptance.isExpired
        }
    }

    struct Summary: Encodable {
        var total: Int
        var failing: Int
        var passed: Bool
        var active: [String: Int]
        var accepted: Int
        var baselined: Int
        var expiredAcceptances: Int

        init(_ summary: LintSummary) {
            total = summary.total
            failing = summary.failing
            passed = summary.passed
            active = summary.active
            accepted = summary.accepted
            baselined = summary.baselined
            expiredAcceptances = summary.expiredAcceptances
        }
    }
}
