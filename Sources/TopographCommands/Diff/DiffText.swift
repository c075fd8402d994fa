import TopographModel

/// The diff for a terminal: `+` added, `-` removed, `~` changed with one line per field.
enum DiffText {
    static func render(_ diff: ArchitectureDiff, verdict: LintVerdict) -> String {
        let threshold = verdict.threshold
        var lines = ["architecture diff: \(diff.oldName) -> \(diff.newName)"]
        if diff.isEmpty { return (lines + ["no changes"]).joined(separator: "\n") + "\n" }
        for category in ArchitectureDiff.Category.allCases {
            let changes = diff.changes(in: category)
            guard !changes.isEmpty else { continue }
            lines.append("")
            lines.append("\(category.plural): \(DiffCounts(changes).text)")
            for change in changes {
                lines.append("  \(marker(change.status)) \(change.id): \(change.summary)")
                lines += change.fields.map { "      " + $0.text() }
            }
        }
        lines.append("")
        lines.append(
            "Findings: \(diff.introduced.count) introduced, \(diff.resolved.count) resolved, \(diff.changedFindings.count) changed")
        lines += diff.introduced.map { "  + \(line(for: $0))" }
        lines += diff.resolved.map { "  - \(line(for: $0))" }
        for pair in diff.changedFindings {
            lines.append("  ~ \(line(for: pair.new))")
            lines.append("      was: \(pair.old.severity == pair.new.severity ? "" : "\(pair.old.severity.rawValue) ")\(pair.old.message)")
        }
        let failing = verdict.failing(diff.introduced)
        lines.append("")
        lines.append(
            failing.isEmpty
                ? "no introduced finding at or above \(threshold.rawValue)"
                : "\(failing.count) introduced finding\(failing.count == 1 ? "" : "s") at or above \(threshold.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    static func marker(_ status: ArchitectureDiff.Status) -> String {
        switch status {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        }
    }

    static func line(for finding: Finding) -> String {
        let accepted = finding.isActive ? "" : " (accepted)"
        return "\(finding.severity.rawValue) \(finding.ruleID): \(finding.message)\(accepted)"
    }
}

/// "2 added, 1 removed, 3 changed", leaving out zero counts.
struct DiffCounts {
    var added = 0, removed = 0, changed = 0

    init(_ changes: [ArchitectureDiff.ElementChange]) {
        for change in changes {
            switch change.status {
            case .added: added += 1
            case .removed: removed += 1
            case .changed: changed += 1
            }
        }
    }

    var text: String {
        [(added, "added"), (removed, "removed"), (changed, "changed")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            .joined(separator: ", ")
    }
}
