import Foundation
import TopographModel

extension DiagramBuilder {
    /// One table explaining exactly what this diagram uses, in columns (node looks, edge
    /// classes, badges) of sample-and-words pairs. Returned as markup for the graph label.
    func legend() -> String? {
        let columns = [nodeRows(), edgeRows(), badgeRows()].filter { !$0.isEmpty }
        guard let height = columns.map(\.count).max() else { return nil }
        var rows: [String] = []
        for row in 0..<height {
            let cells = columns.map { column in
                row < column.count ? column[row].sample + column[row].words : "<TD></TD><TD></TD>"
            }
            let header = row == 0 ? "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">\(HTMLText.font("Legend", size: 10, bold: true))</TD>" : "<TD></TD>"
            rows.append("<TR>" + header + cells.joined() + "</TR>")
        }
        return "<TABLE BORDER=\"1\" COLOR=\"#CFD8DC\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\" BGCOLOR=\"#FFFFFF\">"
            + rows.joined() + "</TABLE>"
    }

    /// One legend entry: a sample cell and a words cell.
    private typealias Entry = (sample: String, words: String)

    private func nodeRows() -> [Entry] {
        var seen = Set<DiagramStyle.NodeLook>()
        var rows: [Entry] = []
        let ordered = ComponentKind.allCases.flatMap { kind in scene.components.filter { $0.kind == kind && !scene.dimmed.contains($0.id) }
        }
        for component in ordered {
            let look = DiagramStyle.look(for: component)
            guard seen.insert(look).inserted else { continue }
            var name = component.kind.title
            if let role = component.spec.database?.role { name += role == .replica ? " (replica)" : " (writable)" }
            // Under a diff every outline is a status: the kind's swatch shows its fill and shape only.
            let border = options.diff == nil ? look.border : DiffMarks.colors(nil).line
            let swatch =
                "<TD BGCOLOR=\"\(look.fill)\" BORDER=\"1\" COLOR=\"\(border)\" FIXEDSIZE=\"TRUE\" WIDTH=\"26\" HEIGHT=\"12\"></TD>"
            rows.append((swatch, words(name + ": " + look.shapeName)))
        }
        if !scene.dimmed.isEmpty {
            let swatch =
                "<TD BGCOLOR=\"\(DiagramStyle.dimmed.fill)\" BORDER=\"1\" COLOR=\"\(DiagramStyle.dimmed.border)\" FIXEDSIZE=\"TRUE\" WIDTH=\"26\" HEIGHT=\"12\"></TD>"
            rows.append((swatch, words("grey: the host's other components")))
        }
        if options.failure != nil {
            let cell = { (fill: String, border: String) in
                "<TD BGCOLOR=\"\(fill)\" BORDER=\"1\" COLOR=\"\(border)\" FIXEDSIZE=\"TRUE\" WIDTH=\"26\" HEIGHT=\"12\"></TD>"
            }
            rows.append((cell(DiagramStyle.failed.fill, DiagramStyle.failed.border), words("red: fails")))
            rows.append((cell(DiagramStyle.dimmed.fill, DiagramStyle.dimmed.border), words("grey, dashed: lost with it")))
        }
        return rows + diffLegendRows()
    }

    private func edgeRows() -> [Entry] {
        let classes = Set(FlowRouter(scene: scene).segments().map(\.edgeClass)).sorted()
        return classes.map { edgeClass in
            // Under a diff a line's colour is its status; its pattern still says what it carries.
            let color = options.diff == nil ? edgeClass.color : DiffMarks.colors(nil).line
            let sample = HTMLText.font(edgeClass.legend.sample, size: 10, color: color, bold: true)
            return ("<TD>\(sample)</TD>", words(edgeClass.legend.text))
        }
    }

    private func badgeRows() -> [Entry] {
        var rows = Severity.allCases.reversed().filter { overlay.severitiesShown.contains($0) }.map { severity in
            let badge = FindingOverlay.markup([Badge(number: 0, severity: severity, active: true)], linked: false).replacingOccurrences(
                of: "#0", with: "#n")
            return ("<TD>\(badge)</TD>", words("finding n (\(severity.rawValue)), numbered as in the design doc"))
        }
        if overlay.showsAccepted {
            let badge = FindingOverlay.markup([Badge(number: 0, severity: .note, active: false)], linked: false).replacingOccurrences(
                of: "#0", with: "#n")
            rows.append(("<TD>\(badge)</TD>", words("finding n, accepted risk")))
        }
        return rows
    }

    private func words(_ value: String) -> String {
        "<TD ALIGN=\"LEFT\">" + HTMLText.font(value, size: 9, color: DiagramStyle.ink) + "</TD>"
    }
}
