import TopographModel

/// The diff as a pull-request comment: a summary table, then added, removed and changed elements,
/// then findings introduced and resolved. Every model-provided string is escaped.
enum DiffMarkdown {
    static func render(_ diff: ArchitectureDiff, verdict: LintVerdict) -> String {
        let threshold = verdict.threshold
        var out = "## Architecture diff: \(code(diff.oldName)) → \(code(diff.newName))\n\n"
        let failing = verdict.failing(diff.introduced)
        out +=
            failing.isEmpty
            ? "✅ No introduced finding at or above **\(threshold.rawValue)**.\n\n"
            : "❌ **\(failing.count)** introduced finding\(failing.count == 1 ? "" : "s") at or above **\(threshold.rawValue)**.\n\n"
        guard !diff.isEmpty else { return out + "No changes.\n" }
        out += "| | Added | Removed | Changed |\n|---|---:|---:|---:|\n"
        for category in ArchitectureDiff.Category.allCases where category != .design {
            let counts = DiffCounts(diff.changes(in: category))
            guard counts.added + counts.removed + counts.changed > 0 else { continue }
            out += "| \(category.plural) | \(counts.added) | \(counts.removed) | \(counts.changed) |\n"
        }
        out += "| Findings | \(diff.introduced.count) introduced | \(diff.resolved.count) resolved | \(diff.changedFindings.count) |\n"
        for status in [ArchitectureDiff.Status.added, .removed, .changed] {
            let changes = diff.changes.filter { $0.status == status }
            guard !changes.isEmpty else { continue }
            out += "\n### \(status.rawValue.capitalized)\n\n"
            for change in changes {
                out += "- \(change.category.rawValue) \(code(change.id)): \(escape(change.summary))\n"
                for field in change.fields {
                    out += "  - \(code(field.field)): \(field.old.map(code) ?? "_none_") → \(field.new.map(code) ?? "_none_")\n"
                }
            }
        }
        out += findingsTable("Findings introduced", diff.introduced)
        out += findingsTable("Findings resolved", diff.resolved)
        if !diff.changedFindings.isEmpty {
            out += "\n### Findings changed\n\n| Severity | Rule | Now | Before |\n|---|---|---|---|\n"
            for (old, new) in diff.changedFindings {
                let severity = old.severity == new.severity ? new.severity.rawValue : "\(old.severity.rawValue) → \(new.severity.rawValue)"
                out += "| \(severity) | \(cell(code(new.ruleID))) | \(cell(escape(new.message))) | \(cell(escape(old.message))) |\n"
            }
        }
        return out
    }

    private static func findingsTable(_ title: String, _ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "" }
        var out = "\n### \(title)\n\n| Severity | Rule | Finding |\n|---|---|---|\n"
        for finding in findings {
            let accepted = finding.isActive ? "" : " _(accepted)_"
            out += "| \(finding.severity.rawValue) | \(cell(code(finding.ruleID))) | \(cell(escape(finding.message)))\(accepted) |\n"
        }
        return out
    }

    /// A code span that survives backticks inside the text.
    static func code(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text.replacingOccurrences(of: "\n", with: " ") + pad + fence
    }

    /// Markdown-inert text for the middle of a line: characters that could start inline markup get a
    /// backslash (block markers such as `#` or `-` only act at the start of a line); newlines become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|~&".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }

    /// Table cells may not contain an unescaped pipe, not even in a code span.
    private static func cell(_ text: String) -> String {
        var out = ""
        var previous: Character = " "
        for character in text {
            if character == "|", previous != "\\" { out.append("\\") }
            out.append(character)
            previous = character
        }
        return out
    }
}
