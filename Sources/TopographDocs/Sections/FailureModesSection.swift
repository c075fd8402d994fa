import TopographFailure
import TopographModel

/// "Failure modes": what each single failure does, most severe first; pairs of failures; the
/// availability of reads, writes and the site, and the change that raises each most. Every sentence
/// comes from `FailureAnalysis`, the same one `topograph whatif` prints.
public enum FailureModesSection {
    /// The whole section, heading included.
    public static func render(_ analysis: FailureAnalysis) -> String {
        var blocks = ["## Failure modes"]
        guard !analysis.singles.isEmpty else {
            return blocks[0] + "\n\nThe model declares nothing that can fail (no zone, host or component of its own)."
        }
        blocks.append(
            """
            What each failure does to the design, worked out from its structure: which capabilities \
            (the site, reads, writes, TLS, monitoring, data) stop, degrade or are at risk. \
            `topograph whatif` prints the same for any set of failures.
            """)
        if !analysis.availability.isEmpty { blocks.append("### Availability\n\n" + availability(analysis)) }
        blocks.append("### Single failures\n\n" + singles(analysis))
        blocks.append("### Double failures\n\n" + doubles(analysis))
        return blocks.joined(separator: "\n\n")
    }

    /// The availability table, the assumptions, and the best change per figure.
    static func availability(_ analysis: FailureAnalysis) -> String {
        let targets = analysis.architecture.availability?.targets ?? AvailabilityTargets()
        let hasTargets = analysis.availability.contains { targets.target(for: $0.capability) != nil }
        let rows = analysis.availability.map { figure -> [String] in
            var row = [figure.capability.title.capitalizedFirst, figure.percent, figure.ninesText, figure.downtimeText]
            if hasTargets { row.append(targetCell(figure, targets.target(for: figure.capability))) }
            return row
        }
        let header = ["Capability", "Availability", "Nines", "Downtime per year"] + (hasTargets ? ["Target"] : [])
        var text =
            """
            Exact figures for independent failures, each element available as its kind's default \
            (region and availability zone 99.99%, rack 99.95%, zone 99.99%, host 99.9%, load balancer 99.9%, network firewall 99.99%, web server, database, \
            cache 99.95%, application server 99.9%, monitoring 99.9%) unless the model's `availability` \
            settings say otherwise. A replica counts for writes only with automatic failover.
            """ + "\n\n" + MD.table(header, rows)
        let changes = improvements(analysis)
        if !changes.isEmpty { text += "\n\n" + changes }
        return text
    }

    private static func targetCell(_ figure: AvailabilityFigure, _ target: Double?) -> String {
        guard let target else { return "—" }
        let percent = AvailabilityFigure.percent(target / 100)
        return figure.value * 100 + 1e-12 >= target ? "\(percent) (met)" : "\(percent) (**missed**)"
    }

    /// "The change that raises the site most: a second load balancer next to lb (99.87% -> 99.97%)."
    static func improvements(_ analysis: FailureAnalysis) -> String {
        let lines = [Capability.site, .reads, .writes].compactMap { c -> String? in
            guard let best = analysis.improvements[c] else { return nil }
            return
                "- \(c.title.capitalizedFirst): \(MD.text(best.description)) "
                + "(\(AvailabilityFigure.percent(best.before)) → \(AvailabilityFigure.percent(best.after)))"
        }
        return lines.isEmpty ? "" : "The change that raises each figure most:\n\n" + lines.joined(separator: "\n")
    }

    /// One row per single failure, most severe first.
    static func singles(_ analysis: FailureAnalysis) -> String {
        let units = analysis.analyzer.structure.units
        let rows = analysis.singles.map { s -> [String] in
            let id = s.scenario.failed[0]
            let kind = units.byID[id]?.kind.title ?? "element"
            let name =
                MD.code(id.rawValue) + (s.scenario.count > 1 ? " (any of \(MD.text(ServerGrouping.label(for: s.scenario.alike))))" : "")
            return [name, MD.text(kind), MD.text(s.headline.capitalizedFirst) + "."]
        }
        let outages = analysis.singles.filter { $0.impact(on: .site)?.level == .down }.count
        let lead =
            outages == 0
            ? "No single failure takes the site down."
            : "\(outages) single failure\(outages == 1 ? "" : "s") take\(outages == 1 ? "s" : "") the site down."
        return lead + "\n\n" + MD.table(["Failure", "Kind", "Impact"], rows)
    }

    /// How many pairs take the site or writes down that no single failure did, and the worst ones.
    static func doubles(_ analysis: FailureAnalysis) -> String {
        guard let doubles = analysis.doubles else {
            return "Not computed: the design has more than \(FailureAnalysis.doubleFailureLimit) elements that can fail."
        }
        let site = doubles.siteDown.count
        let writes = doubles.writesDown.count
        if site == 0 && writes == 0 {
            return
                "None of the \(doubles.pairsTried) pairs of failures takes the site down or stops every write unless one of the two does so alone."
        }
        var text =
            "Of \(doubles.pairsTried) pairs of failures, \(pairs(site)) take the site down and \(pairs(writes)) stop every write "
            + "although neither failure does so alone."
        let worst = doubles.worst.map {
            "- \($0.scenario.failed.map { MD.code($0.rawValue) }.joined(separator: " + ")): \(MD.text($0.headline))"
        }
        if !worst.isEmpty { text += " The worst:\n\n" + worst.joined(separator: "\n") }
        return text
    }

    private static func pairs(_ n: Int) -> String { n == 0 ? "none" : n == 1 ? "1 pair" : "\(n) pairs" }

    /// One scenario as a table of capabilities, for `topograph whatif --fail ... --format markdown`.
    public static func scenario(_ impact: ScenarioImpact) -> String {
        let failed = impact.scenario.failed.map { MD.code($0.rawValue) }.joined(separator: " + ")
        let rows = impact.impacts.map { [MD.text($0.capability.title.capitalizedFirst), $0.level.title, MD.text($0.summary)] }
        return "### \(failed)\n\n\(MD.text(impact.headline.capitalizedFirst)).\n\n" + MD.table(["Capability", "Impact", "Details"], rows)
    }
}

extension String {
    /// The string with its first letter upper-cased: "takes the site down" -> "Takes the site down".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
