import TopographFailure
import TopographModel

/// `whatif --format text`: for terminals. Single failures list only the capabilities they touch;
/// a chosen scenario lists every capability.
enum WhatIfText {
    static func render(_ report: WhatIfReport) -> String {
        let analysis = report.analysis
        var lines: [String] = []
        if report.isChosen {
            let scenario = report.scenarios[0]
            lines.append(
                "\(analysis.architecture.name): if \(scenario.scenario.label) fail\(scenario.scenario.failed.count == 1 ? "s" : ""): \(scenario.headline)"
            )
            lines += scenario.impacts.map { "  \(pad($0.capability.title, 16))\(pad($0.level.title, 12))\($0.summary)" }
        } else {
            lines.append("\(analysis.architecture.name): \(report.scenarios.count) single failures, most severe first")
            lines += availability(analysis)
            for s in report.scenarios {
                lines.append("")
                lines.append("\(s.scenario.label) (\(kind(s, analysis))): \(s.headline)")
                for impact in s.impacts where impact.level != .ok {
                    lines.append("  \(pad(impact.capability.title, 16))\(pad(impact.level.title, 12))\(impact.summary)")
                }
            }
            lines += doubles(analysis)
        }
        lines += violations(report)
        return lines.joined(separator: "\n") + "\n"
    }

    static func availability(_ analysis: FailureAnalysis) -> [String] {
        guard !analysis.availability.isEmpty else { return [] }
        var lines = ["", "availability (independent failures, default availability per kind unless the model overrides it):"]
        for figure in analysis.availability {
            lines.append(
                "  \(pad(figure.capability.title, 8))\(pad(figure.percent, 10))\(pad(figure.ninesText + " nines", 12))\(figure.downtimeText) down a year"
            )
        }
        for c in [Capability.site, .reads, .writes] {
            guard let best = analysis.improvements[c] else { continue }
            lines.append(
                "  raises \(c.title) most: \(best.description) (\(AvailabilityFigure.percent(best.before)) -> \(AvailabilityFigure.percent(best.after)))"
            )
        }
        return lines
    }

    static func doubles(_ analysis: FailureAnalysis) -> [String] {
        guard let doubles = analysis.doubles else { return [] }
        var lines = [
            "",
            "double failures: \(doubles.siteDown.count) of \(doubles.pairsTried) pairs take the site down and \(doubles.writesDown.count) stop every write, neither failure doing so alone",
        ]
        for worst in doubles.worst { lines.append("  \(worst.scenario.label): \(worst.headline)") }
        return lines
    }

    static func violations(_ report: WhatIfReport) -> [String] {
        guard !report.violations.isEmpty else { return [] }
        return [""]
            + report.violations.map {
                "error: \($0.scenario.scenario.label) breaks \($0.impact.capability.title), which must survive any single failure: \($0.impact.summary)"
            }
    }

    private static func kind(_ s: ScenarioImpact, _ analysis: FailureAnalysis) -> String {
        analysis.analyzer.structure.units.byID[s.scenario.failed[0]]?.kind.title ?? "element"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
