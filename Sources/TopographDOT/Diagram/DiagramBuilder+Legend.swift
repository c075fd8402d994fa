import Foundation
import TopographModel

extension DiagramBuilder {
    /// One table explaining exactly what this diagram uses: node looks, edge classes, badges.
    func legend() -> DOTNode? {
        var rows: [String] = []
        rows += nodeRows()
        rows += edgeRows()
        rows += badgeRows()
        guard !rows.isEmpty else { return nil }
        let header = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">\(HTMLText.font("Legend", size: 11, bold: true))</TD></TR>"
        let table = "<TABLE BORDER=\"1\" COLOR=\"#B0BEC5\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\" BGCOLOR=\"#FFFFFF\">"
            + header + rows.joined() + "</TABLE>"
        return DOTNode("legend:key", ["shape": .string("plain"), "label": .html(table)])
    }

    private func nodeRows() -> [String] {
        var seen = Set<DiagramStyle.NodeLook>()
        var rows: [String] = []
        let ordered = ComponentKind.allCases.flatMap { kind in scene.components.filter { $0.kind == kind && !scene.dimmed.contains($0.id) } }
        for component in ordered {
            let look = DiagramStyle.look(for: component)
            guard seen.insert(look).inserted else { continue }
            var name = component.kind.title
            if let role = component.spec.database?.role { name += role == .replica ? " (replica)" : " (writable)" }
            let swatch = "<TD BGCOLOR=\"\(look.fill)\" BORDER=\"1\" COLOR=\"\(look.border)\" WIDTH=\"26\" HEIGHT=\"12\"></TD>"
            rows.append("<TR>\(swatch)<TD ALIGN=\"LEFT\">\(text(name + ": " + look.shapeName))</TD></TR>")
        }
        if !scene.dimmed.isEmpty {
            let swatch = "<TD BGCOLOR=\"\(DiagramStyle.dimmed.fill)\" BORDER=\"1\" COLOR=\"\(DiagramStyle.dimmed.border)\"></TD>"
            rows.append("<TR>\(swatch)<TD ALIGN=\"LEFT\">\(text("grey: shown for context only"))</TD></TR>")
        }
        return rows
    }

    private func edgeRows() -> [String] {
        let classes = Set(FlowRouter(scene: scene).segments().map(\.edgeClass)).sorted()
        return classes.map { edgeClass in
            let sample = HTMLText.font(edgeClass.legend.sample, size: 10, color: edgeClass.color, bold: true)
            return "<TR><TD ALIGN=\"CENTER\">\(sample)</TD><TD ALIGN=\"LEFT\">\(text(edgeClass.legend.text))</TD></TR>"
        }
    }

    private func badgeRows() -> [String] {
        var rows = Severity.allCases.reversed().filter { overlay.severitiesShown.contains($0) }.map { severity in
            let badge = FindingOverlay.markup([Badge(number: 0, severity: severity, active: true)]).replacingOccurrences(of: "#0", with: "#n")
            return "<TR><TD>\(badge)</TD><TD ALIGN=\"LEFT\">\(text("finding n (\(severity.rawValue)), numbered as in the design doc"))</TD></TR>"
        }
        if overlay.showsAccepted {
            let badge = FindingOverlay.markup([Badge(number: 0, severity: .note, active: false)]).replacingOccurrences(of: "#0", with: "#n")
            rows.append("<TR><TD>\(badge)</TD><TD ALIGN=\"LEFT\">\(text("finding n, accepted risk"))</TD></TR>")
        }
        return rows
    }

    private func text(_ value: String) -> String { HTMLText.font(value, size: 9, color: DiagramStyle.ink) }
}
