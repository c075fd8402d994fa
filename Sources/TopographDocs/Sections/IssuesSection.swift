import TopographAnalysis
import TopographModel

/// "Issues with this infrastructure": every finding, numbered as on the diagram, grouped by severity.
enum IssuesSection {
    static func render(_ issues: IssueIndex) -> String {
        var blocks = ["## Issues with this infrastructure"]
        if issues.issues.isEmpty {
            blocks.append("The validator checked \(MD.count(issues.catalogue.count, "rule")) and found nothing to report.")
            return blocks.joined(separator: "\n\n")
        }
        var intro = "The validator reports \(issues.tally)."
        if !issues.accepted.isEmpty {
            intro +=
                " \(MD.count(issues.accepted.count, "further finding is", "further findings are")) covered by an accepted risk and listed last."
        }
        intro += " Numbers match the badges on the diagram."
        blocks.append(intro)
        for severity in Severity.allCases.reversed() {
            let group = issues.active(severity)
            guard !group.isEmpty else { continue }
            blocks.append("### \(heading(severity)) (\(group.count))")
            blocks += group.map(issue)
        }
        if !issues.accepted.isEmpty {
            blocks.append("### Accepted (\(issues.accepted.count))")
            blocks += issues.accepted.map(issue)
        }
        return blocks.joined(separator: "\n\n")
    }

    static func heading(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .note: "Notes"
        }
    }

    static func issue(_ issue: IssueIndex.Issue) -> String {
        let f = issue.finding
        var lines = ["#### \(MD.text(issue.heading))", ""]
        lines.append("- **What is wrong:** \(MD.text(f.message))")
        lines.append("- **Rule:** \(MD.code(f.ruleID)) (\(f.severity.rawValue))")
        if !f.elements.isEmpty { lines.append("- **Elements:** " + f.elements.map { MD.code($0.rawValue) }.joined(separator: ", ")) }
        if !f.evidence.isEmpty {
            lines.append("- **Evidence:**")
            lines += f.evidence.map { "  - " + MD.text($0) }
        }
        if let rationale = issue.rule?.rationale { lines.append("- **Why it matters:** \(MD.text(rationale))") }
        if !issue.isAccepted { lines.append("- **Fix:** see [Recommendations](#recommendations).") }
        if let acceptance = f.acceptance {
            let risk = acceptance.risk
            var text = "- **Accepted risk:** \(MD.text(risk.reason))"
            if let expires = risk.expires { text += " (until \(MD.text(expires))" + (acceptance.isExpired ? ", **expired**)" : ")") }
            lines.append(text)
        }
        return lines.joined(separator: "\n")
    }
}
