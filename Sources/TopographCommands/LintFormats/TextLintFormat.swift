import TopographModel

/// The terminal report: active findings grouped by severity (worst first), each with its position,
/// message, evidence and fix; then accepted and baselined findings; then one summary line.
enum TextLintFormat {
    static func render(_ report: LintReport, colored: Bool) -> String {
        let style = TextStyle(enabled: colored)
        var sections: [String] = []
        for severity in Severity.allCases.reversed() {
            let group = report.findings.filter { $0.status == .active && $0.finding.severity == severity }
            guard !group.isEmpty else { continue }
            let heading = "\(plural(group.count, severity.rawValue))" + (severity < report.threshold ? " (below threshold)" : "")
            sections.append(section(style.severity(severity, heading.uppercased()), group, style))
        }
        for (status, name) in [(FindingStatus.accepted, "accepted"), (.baselined, "baselined")] {
            let group = report.findings.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            sections.append(section(style.dim("\(group.count) \(name)".uppercased()), group, style))
        }
        sections.append(summaryLine(report, style))
        return sections.joined(separator: "\n\n") + "\n"
    }

    static func section(_ heading: String, _ findings: [ReportedFinding], _ style: TextStyle) -> String {
        // A big model's report has thousands of entries: runs of them are written on every core
        // and joined in order.
        let run = 256
        let runs = Parallel.map((findings.count + run - 1) / run) { index in
            findings[(index * run)..<min(findings.count, (index + 1) * run)].map { entry($0, style) }
                .joined(separator: "\n")
        }
        return ([heading] + runs).joined(separator: "\n")
    }

    /// One finding: `file:line:col: severity[rule]: message`, then indented details.
    static func entry(_ reported: ReportedFinding, _ style: TextStyle) -> String {
        let finding = reported.finding
        let message = Escape.terminalLines(finding.message)
        var lines = [
            "  " + style.bold(Escape.terminal(reported.position)) + ": "
                + style.severity(finding.severity, finding.severity.rawValue)
                + "[\(Escape.terminal(finding.ruleID))]: " + message[0]
        ]
        lines += message.dropFirst().map { "      " + $0 }
        if !finding.elements.isEmpty {
            lines.append("    elements: " + finding.elements.map { Escape.terminal($0.rawValue) }.joined(separator: ", "))
        }
        if !finding.evidence.isEmpty {
            lines.append("    evidence:")
            lines += finding.evidence.flatMap(Escape.terminalLines).map { "      " + $0 }
        }
        lines += labelled("fix", finding.recommendation, style)
        if let risk = finding.acceptance?.risk {
            let label =
                reported.expiredAcceptance == nil
                ? "accepted" + (risk.expires.map { " until \($0)" } ?? "")
                : "acceptance expired" + (risk.expires.map { " on \($0)" } ?? "")
            lines += labelled(label, risk.reason, style)
        }
        return lines.joined(separator: "\n")
    }

    static func labelled(_ label: String, _ text: String, _ style: TextStyle) -> [String] {
        guard !text.isEmpty else { return [] }
        let body = Escape.terminalLines(text)
        return ["    " + style.dim(label + ":") + " " + body[0]] + body.dropFirst().map { "      " + $0 }
    }

    /// e.g. `2 errors, 1 warning at or above warning: failed (1 accepted, 0 baselined, 3 notes below threshold)`.
    static func summaryLine(_ report: LintReport, _ style: TextStyle) -> String {
        let summary = report.summary
        let counts = Severity.allCases.reversed()
            .map { plural(summary.active($0), $0.rawValue) }.joined(separator: ", ")
        let modelCount = plural(report.models.count, "model")
        let verdict =
            summary.passed
            ? style.green("passed")
            : style.severity(.error, "failed") + " (\(plural(summary.failing, "finding")) at or above \(report.threshold.rawValue))"
        var extras = ["\(summary.accepted) accepted", "\(summary.baselined) baselined"]
        if summary.expiredAcceptances > 0 { extras.append(plural(summary.expiredAcceptances, "expired acceptance")) }
        return "\(modelCount): \(counts); \(extras.joined(separator: ", ")); \(verdict)"
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}

/// ANSI styling that disappears entirely when colour is off.
struct TextStyle {
    var enabled: Bool

    func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func green(_ text: String) -> String { wrap("32", text) }

    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: wrap("1;31", text)
        case .warning: wrap("1;33", text)
        case .note: wrap("1;36", text)
        }
    }
}
