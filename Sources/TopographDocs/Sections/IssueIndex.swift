import TopographAnalysis
import TopographModel

/// Findings with their document numbers and catalogue entries, shared by the issue, recommendation
/// and appendix sections so they always agree.
struct IssueIndex {
    struct Issue {
        /// 1-based, the finding's position in the validator's order (and the diagram badge).
        let number: Int
        let finding: Finding
        let rule: RuleDescriptor?
        /// The heading's anchor, computed once: every cross-reference to the issue links to it.
        let anchor: String

        init(number: Int, finding: Finding, rule: RuleDescriptor?) {
            self.number = number
            self.finding = finding
            self.rule = rule
            anchor = Anchor.slug(MD.collapse("\(number). \(rule?.title ?? finding.ruleID)"))
        }

        var title: String { rule?.title ?? finding.ruleID }
        /// Accepted and not expired: documented, but not counted against the design.
        var isAccepted: Bool { finding.acceptance.map { !$0.isExpired } ?? false }
        /// The heading text, unique per issue because it starts with the number.
        var heading: String { "\(number). \(title)" }
        /// "[issue 3](#3-...)".
        var link: String { "[issue \(number)](#\(anchor))" }
        var shortLink: String { "[\(number)](#\(anchor))" }
    }

    let issues: [Issue]
    let catalogue: [RuleDescriptor]

    init(findings: [Finding], catalogue: [RuleDescriptor]) {
        let rules = Dictionary(catalogue.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        issues = findings.enumerated().map { Issue(number: $0.offset + 1, finding: $0.element, rule: rules[$0.element.ruleID]) }
        self.catalogue = catalogue
    }

    var active: [Issue] { issues.filter { !$0.isAccepted } }

    /// Open issues by each element they name, in issue order.
    var referencesByElement: [ElementID: [Issue]] {
        var result: [ElementID: [Issue]] = [:]
        for issue in active {
            for id in issue.finding.elements.uniqued() { result[id, default: []].append(issue) }
        }
        return result
    }
    var accepted: [Issue] { issues.filter(\.isAccepted) }

    /// Active issues of one severity, in number order.
    func active(_ severity: Severity) -> [Issue] { active.filter { $0.finding.severity == severity } }

    /// "2 errors, 3 warnings and 1 note".
    var tally: String {
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            let n = active(severity).count
            return n == 0 ? nil : MD.count(n, severity.rawValue)
        }
        return parts.isEmpty ? "no open issues" : MD.list(parts)
    }
}

/// GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens. The HTML page gives
/// its headings the same ids, so one link works on GitHub and in the HTML form.
public enum Anchor {
    /// The anchor GitHub derives from a heading's text.
    public static func slug(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" {
                out.append(ch)
            } else if ch == " " {
                out.append("-")
            }
        }
        return out
    }
}
