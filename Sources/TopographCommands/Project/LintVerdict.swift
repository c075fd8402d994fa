import Foundation
import TopographModel

/// What a model's findings mean for `check` under its lint policy.
struct LintVerdict: Sendable {
    var findings: [Finding]
    /// Active findings at or above the threshold and not in the baseline.
    var failing: [Finding]
    var policy: ModelLintPolicy

    /// True when the findings fail the check: there are failing findings and the policy is enforced.
    var fails: Bool { policy.enforce && !failing.isEmpty }

    init(findings: [Finding], policy: ModelLintPolicy, baseline: Set<String>) {
        self.findings = findings
        self.policy = policy
        failing = findings.filter { $0.isActive && $0.severity >= policy.threshold && !baseline.contains($0.fingerprint) }
    }

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
