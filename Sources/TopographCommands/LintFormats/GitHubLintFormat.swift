import TopographModel

/// GitHub Actions workflow commands: one annotation per active finding, shown on the model's line
/// in the pull request. Accepted and baselined findings are counted in the last line, not annotated.
enum GitHubLintFormat {
    static func render(_ report: LintReport) -> String {
        var lines = report.findings.filter { $0.status == .active }.map { annotation($0, report) }
        let summary = report.summary
        lines.append(
            "topograph: \(summary.failing) failing at or above \(report.threshold.rawValue), "
                + "\(summary.accepted) accepted, \(summary.baselined) baselined")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `::error file=F,line=L,col=C,title=T::message`, every part escaped as GitHub requires.
    static func annotation(_ reported: ReportedFinding, _ report: LintReport) -> String {
        let finding = reported.finding
        var properties = ["file=" + Escape.githubProperty(reported.file)]
        if let line = reported.line {
            properties.append("line=\(line)")
            if let column = reported.column { properties.append("col=\(column)") }
        }
        let title = report.descriptor(for: finding.ruleID).title
        properties.append("title=" + Escape.githubProperty(finding.ruleID + (title == finding.ruleID ? "" : ": " + title)))
        var message = finding.message
        if !finding.evidence.isEmpty { message += "\n" + finding.evidence.joined(separator: "\n") }
        if !finding.recommendation.isEmpty { message += "\nFix: " + finding.recommendation }
        if let risk = reported.expiredAcceptance {
            message += "\nAcceptance expired" + (risk.expires.map { " on \($0)" } ?? "") + ": " + risk.reason
        }
        return "::\(command(finding.severity)) \(properties.joined(separator: ","))::\(Escape.githubData(message))"
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }
}
