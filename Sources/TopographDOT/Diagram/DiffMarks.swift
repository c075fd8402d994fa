import TopographModel

/// A diff drawn on a diagram of both versions at once (`topograph diff --format svg`): what was
/// added in green, what was removed in red and dashed, what changed in amber with the changed
/// fields named, the rest neutral. The marks come from the diff model (`ArchitectureDiff` in the
/// CLI), the same facts its text and Markdown forms read; the diagram only draws them.
public struct DiffMarks: Hashable, Sendable {
    /// What happened to one element between the two versions.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case added, removed, changed
    }

    /// One element's mark: its status and, when changed, its changed fields as words
    /// (e.g. "database.engine: mysql → postgresql").
    public struct Mark: Hashable, Sendable {
        public var status: Status
        public var fields: [String]

        public init(_ status: Status, fields: [String] = []) {
            self.status = status
            self.fields = fields
        }
    }

    /// Zones, hosts and components by id; unmarked ones are unchanged.
    public var elements: [ElementID: Mark]
    /// Flows by flow id (`Flow.id`); unmarked ones are unchanged.
    public var flows: [ElementID: Mark]
    /// The change in words, under the title: e.g. "changes from shop v1: 2 added, 1 removed, 3 changed".
    public var headline: String
    /// Lines under the headline: changes the drawing has no element for (the design's name,
    /// certificates, accepted risks), in the caller's words.
    public var notes: [String]

    public init(elements: [ElementID: Mark], flows: [ElementID: Mark], headline: String, notes: [String] = []) {
        self.elements = elements
        self.flows = flows
        self.headline = headline
        self.notes = notes
    }

    /// The mark of the flows one line draws. Lines are keyed by it (`Segment.key`, `Bundle`), so
    /// every flow on a line shares it; nil for unchanged lines and lines drawn for no flow.
    func mark(of flows: [Flow]) -> Mark? {
        flows.first.flatMap { self.flows[$0.id] }
    }

    /// At most this many field lines on one element, so a big change cannot swamp the picture.
    static let maximumFields = 4

    /// The lines an element or line carries: a status word, or for a change its fields.
    static func lines(_ mark: Mark) -> [String] {
        switch mark.status {
        case .added: return ["+ added"]
        case .removed: return ["− removed"]
        case .changed:
            let shown = mark.fields.prefix(maximumFields).map { "~ " + $0 }
            let more = mark.fields.count - shown.count
            return shown.isEmpty ? ["~ changed"] : shown + (more > 0 ? ["~ \(more) more field\(more == 1 ? "" : "s")"] : [])
        }
    }

    /// The colours of a status: border or line, fill of legend swatches, text.
    static func colors(_ status: Status?) -> (line: String, fill: String, text: String) {
        switch status {
        case .added?: ("#2E7D32", "#E8F5E9", "#1B5E20")
        case .removed?: ("#C62828", "#FFEBEE", "#B71C1C")
        case .changed?: ("#FF8F00", "#FFF3E0", "#8D4E00")
        case nil: ("#90A4AE", "#FFFFFF", "#607D8B")
        }
    }

    /// Border and line width of a status: marked elements stand out, unchanged ones recede.
    static func penwidth(_ status: Status?) -> String {
        status == nil ? "1.2" : "3"
    }

    /// Words for the legend.
    static func legend(_ status: Status?) -> String {
        switch status {
        case .added?: "green: added"
        case .removed?: "red, dashed, name struck through: removed"
        case .changed?: "amber: changed, fields named (~ field: old → new)"
        case nil: "grey outline and lines: unchanged"
        }
    }
}
