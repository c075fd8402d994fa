import TopographModel

/// One model's findings as `check` reports them, judged by the model's lint policy.
struct ModelLintResult: Sendable {
    var entry: ModelEntry
    var findings: [Finding]
    /// The findings `LintVerdict` fails: active, at or above the policy's threshold, not baselined.
    var failing: [Finding]

    init(entry: ModelEntry, findings: [Finding], baseline: Set<String>) {
        self.entry = entry
        self.findings = findings
        failing = LintVerdict(threshold: entry.lint.threshold, baseline: baseline).failing(findings)
    }

    /// True when the findings fail the check: some fail the verdict and the policy is enforced.
    var fails: Bool { entry.lint.enforce && !failing.isEmpty }

    /// e.g. "7 findings (2 errors, 5 warnings)".
    var summary: String {
        guard !findings.isEmpty else { return "no findings" }
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let n = findings.filter { $0.severity == severity }.count
            return n == 0 ? nil : "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
        }
        return "\(findings.count) finding\(findings.count == 1 ? "" : "s") (\(counts.joined(separator: ", ")))"
    }
}
