import TopographAnalysis
import TopographModel

/// "Recommendations": one remedy per rule, deduplicated, linked to the issues it fixes, most
/// severe and most widespread first.
enum RecommendationsSection {
    struct Remedy {
        let rule: RuleDescriptor?
        let ruleID: String
        let issues: [IssueIndex.Issue]
        var severity: Severity { issues.map(\.finding.severity).max() ?? .note }
    }

    static func remedies(_ issues: IssueIndex) -> [Remedy] {
        var order: [String] = []
        var byRule: [String: [IssueIndex.Issue]] = [:]
        for issue in issues.active {
            if byRule[issue.finding.ruleID] == nil { order.append(issue.finding.ruleID) }
            byRule[issue.finding.ruleID, default: []].append(issue)
        }
        return order.map { Remedy(rule: byRule[$0]![0].rule, ruleID: $0, issues: byRule[$0]!) }
            .sorted { a, b in
                (a.severity.rank, a.issues.count, -a.issues[0].number) > (b.severity.rank, b.issues.count, -b.issues[0].number)
            }
    }

    static func render(_ issues: IssueIndex) -> String {
        let heading = "## Recommendations"
        let remedies = remedies(issues)
        guard !remedies.isEmpty else { return heading + "\n\nNothing to fix: no open issue." }
        let items = remedies.enumerated().map { item(number: $0.offset + 1, $0.element) }
        return heading + "\n\nIn priority order: most severe first, then the ones that fix the most issues.\n\n"
            + items.joined(separator: "\n\n")
    }

    static func item(number: Int, _ remedy: Remedy) -> String {
        let title = remedy.rule?.title ?? remedy.ruleID
        let links = remedy.issues.map(\.shortLink)
        var text =
            "\(number). **\(MD.text(title))** — \(remedy.severity.rawValue); fixes \(remedy.issues.count == 1 ? "issue" : "issues") \(MD.list(links))."
        // The finding-specific advice, once per distinct text, with the issues it applies to.
        var order: [String] = []
        var byText: [String: [IssueIndex.Issue]] = [:]
        for issue in remedy.issues
        where issue.finding.recommendation != remedy.rule?.recommendation && !issue.finding.recommendation.isEmpty {
            if byText[issue.finding.recommendation] == nil { order.append(issue.finding.recommendation) }
            byText[issue.finding.recommendation, default: []].append(issue)
        }
        // One concrete remedy covering every issue says it all; otherwise the rule's general advice
        // leads and the concrete ones follow.
        if order.count == 1 && byText[order[0]]!.count == remedy.issues.count {
            return text + " " + MD.text(order[0])
        }
        if let general = remedy.rule?.recommendation { text += " " + MD.text(general) }
        for advice in order {
            let numbers = byText[advice]!.map(\.shortLink)
            text += "\n   - \(MD.text(advice)) (\(numbers.count == 1 ? "issue" : "issues") \(MD.list(numbers)))"
        }
        return text
    }
}
