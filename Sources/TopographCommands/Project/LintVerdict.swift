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

/// Fingerprints of findings a team has recorded as known, read from a baseline file.
///
/// Accepts the shapes a baseline is written in: a JSON list of fingerprints, an object with
/// `fingerprints`, or a findings report (`findings: [{ruleID, elements}]`), so `topograph lint
/// --format json` output can serve as a baseline.
enum ConfigBaseline {
    static func load(_ path: String, displayPath: String) throws -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("baseline \(displayPath) does not exist", hint: "write one with `topograph lint --format json > \(displayPath)`, or remove `baseline:`")
        }
        guard let json = try? JSONSerialization.jsonObject(with: data) else {
            throw CLIError("baseline \(displayPath) is not valid JSON")
        }
        return fingerprints(in: json)
    }

    static func fingerprints(in json: Any) -> Set<String> {
        if let list = json as? [Any] {
            return Set(list.flatMap { item -> [String] in
                if let text = item as? String { return [text] }
                return fingerprints(in: item).sorted()
            })
        }
        guard let object = json as? [String: Any] else { return [] }
        if let fingerprint = object["fingerprint"] as? String { return [fingerprint] }
        if let rule = (object["ruleID"] ?? object["rule"]) as? String {
            let elements = object["elements"] as? [String] ?? []
            return [([rule] + elements).joined(separator: "|")]
        }
        for key in ["fingerprints", "findings", "baseline"] {
            if let nested = object[key] { return fingerprints(in: nested) }
        }
        return []
    }
}
