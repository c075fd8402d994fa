import TopographModel

/// When a finding fails a run: the one rule `lint`, `check` and `diff` apply.
///
/// A finding fails when it is active (no accepted risk covers it on the validation date, and the
/// baseline does not list it) and its severity is at or above the threshold.
public struct LintVerdict: Hashable, Sendable {
    /// Findings at or above this severity fail.
    public var threshold: Severity
    /// Fingerprints of findings already known; they are reported, never failing.
    public var baseline: Set<String>

    public init(threshold: Severity, baseline: Set<String> = []) {
        self.threshold = threshold
        self.baseline = baseline
    }

    /// Accepted wins over baselined: an acceptance states a reason, a baseline only history.
    public func status(of finding: Finding) -> FindingStatus {
        if !finding.isActive { return .accepted }
        // Without a baseline no fingerprint is built: a big model's report has thousands of findings.
        if !baseline.isEmpty, baseline.contains(finding.fingerprint) { return .baselined }
        return .active
    }

    /// Whether this finding makes the run fail.
    public func fails(_ finding: Finding) -> Bool {
        status(of: finding) == .active && finding.severity >= threshold
    }

    /// The findings that make the run fail, in their order.
    public func failing(_ findings: [Finding]) -> [Finding] { findings.filter(fails) }
}
