import TopographDocs

/// `whatif --format markdown`: the design document's Failure modes section, or one scenario's table.
enum WhatIfMarkdown {
    static func render(_ report: WhatIfReport) -> String {
        var text =
            report.isChosen
            ? FailureModesSection.scenario(report.scenarios[0]) : FailureModesSection.render(report.analysis)
        if !report.violations.isEmpty {
            text +=
                "\n\n**Must survive any single failure, and does not:**\n\n"
                + report.violations.map { "- \($0.scenario.scenario.label): \($0.impact.capability.title) — \($0.impact.summary)" }
                .joined(separator: "\n")
        }
        return text + "\n"
    }
}
