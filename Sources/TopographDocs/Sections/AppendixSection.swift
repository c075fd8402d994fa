import TopographAnalysis
import TopographModel

/// Accepted risks declared in the model, with reasons, expiry and the findings they cover.
enum AcceptedRisksSection {
    static func render(_ doc: DocumentContext, issues: IssueIndex) -> String {
        let risks = doc.architecture.acceptedRisks
        guard !risks.isEmpty else { return "" }
        let rows = risks.map { risk -> [String] in
            let covered = issues.issues.filter { $0.finding.acceptance?.risk == risk }
            let status: String
            if covered.isEmpty {
                status = "covers no current finding"
            } else if covered.contains(where: { $0.finding.acceptance?.isExpired == true }) {
                status = "**expired**: " + MD.list(covered.map(\.link))
            } else {
                status = "covers " + MD.list(covered.map(\.link))
            }
            return [
                MD.code(risk.rule), risk.element.map { MD.code($0.rawValue) } ?? "whole design", MD.text(risk.reason),
                risk.expires.map(MD.text) ?? "never", status,
            ]
        }
        return "## Accepted risks\n\n" + MD.table(["Rule", "Element", "Reason", "Expires", "Status"], rows)
    }
}

/// The rules that were checked, so a reader knows what a clean report covers.
enum AppendixSection {
    static func render(_ issues: IssueIndex) -> String {
        guard !issues.catalogue.isEmpty else {
            return "## Appendix: rules checked\n\nNo rule catalogue was available when this document was generated."
        }
        let rows = issues.catalogue.map { rule -> [String] in
            let count = issues.issues.filter { $0.finding.ruleID == rule.id }.count
            return [
                MD.code(rule.id), MD.text(rule.category), rule.defaultSeverity.rawValue, MD.text(rule.title), count == 0 ? "—" : "\(count)",
            ]
        }
        return "## Appendix: rules checked\n\n" + MD.table(["Rule", "Category", "Default severity", "Checks", "Findings"], rows)
    }
}
