import TopographDOT
import TopographModel

/// The diff as a diagram: the overview of both versions at once, drawn by the same renderer as
/// every other view, with the diff's marks over it (`DiffMarks`): each element once, added
/// green, removed red and dashed, changed amber with its changed fields named.
enum DiffDiagram {
    /// The DOT text of `diff` between `old` and `new`.
    static func dot(_ diff: ArchitectureDiff, old: Architecture, new: Architecture, view: DiagramView = .overview) -> String {
        DiagramRenderer.dot(for: union(old: old, new: new), findings: [], options: options(diff, view: view))
    }

    /// The options that draw `diff`: no finding badges (their numbers belong to one version's
    /// document), the diff's marks and headline.
    static func options(_ diff: ArchitectureDiff, view: DiagramView = .overview) -> DiagramOptions {
        DiagramOptions(view: view, showFindings: false, diff: marks(diff))
    }

    /// Both versions in one model: the new version's elements (its order and values), then the
    /// removed ones in the old version's order. A removed element whose id the new version uses
    /// for an element of another kind is left out: one id, one element.
    static func union(old: Architecture, new: Architecture) -> Architecture {
        var ids = Set(new.zones.map(\.id) + new.hosts.map(\.id) + new.components.map(\.id))
        func removed<T>(_ old: [T], _ id: (T) -> ElementID) -> [T] {
            old.filter { ids.insert(id($0)).inserted }
        }
        var union = new
        union.zones += removed(old.zones, \.id)
        union.hosts += removed(old.hosts, \.id)
        union.components += removed(old.components, \.id)
        let flowIDs = Set(new.flows.map(\.id))
        union.flows += old.flows.filter { !flowIDs.contains($0.id) }
        return union
    }

    /// The diff's element and flow changes as marks, fields in the words the text report uses.
    static func marks(_ diff: ArchitectureDiff) -> DiffMarks {
        var elements: [ElementID: DiffMarks.Mark] = [:]
        var flows: [ElementID: DiffMarks.Mark] = [:]
        for change in diff.changes {
            let mark = DiffMarks.Mark(status(change.status), fields: change.fields.map { $0.shortText(arrow: "→", limit: 36) })
            switch change.category {
            case .zone, .host, .component: elements[ElementID(change.id)] = mark
            case .flow: flows[ElementID(change.id)] = mark
            case .design, .certificate, .acceptedRisk: break
            }
        }
        let counts = DiffCounts(diff.changes.filter { drawn($0.category) }).text
        let headline = "changes from \(diff.oldName): " + (counts.isEmpty ? "none drawn" : counts)
        var notes = diff.changes(in: .design).flatMap(\.fields).map { "~ " + $0.text(arrow: "→", limit: 60) }
        let undrawn = ArchitectureDiff.Category.allCases.filter { !drawn($0) && $0 != .design }.compactMap { category in
            let changes = diff.changes(in: category)
            return changes.isEmpty ? nil : "\(category.plural.lowercased()) \(DiffCounts(changes).text)"
        }
        if !undrawn.isEmpty { notes.append("not drawn: " + undrawn.joined(separator: "; ") + " (see the text or Markdown diff)") }
        let findings = [
            (diff.introduced.count, "introduced"), (diff.resolved.count, "resolved"), (diff.changedFindings.count, "changed"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !findings.isEmpty { notes.append("findings: " + findings.joined(separator: ", ") + " (see the text or Markdown diff)") }
        return DiffMarks(elements: elements, flows: flows, headline: headline, notes: notes)
    }

    /// Whether the diagram has an element for a category's changes.
    private static func drawn(_ category: ArchitectureDiff.Category) -> Bool {
        switch category {
        case .zone, .host, .component, .flow: true
        case .design, .certificate, .acceptedRisk: false
        }
    }

    private static func status(_ status: ArchitectureDiff.Status) -> DiffMarks.Status {
        switch status {
        case .added: .added
        case .removed: .removed
        case .changed: .changed
        }
    }
}
