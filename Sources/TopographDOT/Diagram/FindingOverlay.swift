import TopographModel

/// A numbered marker on an element, matching the finding's number in the design doc.
struct Badge: Hashable {
    var number: Int
    var severity: Severity
    /// False when an accepted risk covers the finding: drawn grey.
    var active: Bool

    var color: String { DiagramStyle.color(severity, active: active) }
}

/// Which elements and flows carry which findings. Finding numbers are 1-based positions in the
/// list as given (the validator's sorted order), the numbering the docs use.
struct FindingOverlay {
    private var badgesByElement: [ElementID: [Badge]] = [:]
    /// Every finding's badge, in number order.
    private var all: [Badge] = []
    private var drawn: Set<Int> = []
    /// Every badge drawn somewhere, for the legend.
    private(set) var severitiesShown: Set<Severity> = []
    private(set) var showsAccepted = false

    init(findings: [Finding], enabled: Bool, index: ArchitectureIndex) {
        guard enabled else { return }
        for (offset, finding) in findings.enumerated() {
            // Numbered by position, 1-based, as the design document's IssueIndex numbers them.
            let badge = Badge(number: offset + 1, severity: finding.severity, active: finding.isActive)
            all.append(badge)
            var seen = Set<ElementID>()
            for element in finding.elements.flatMap({ Self.drawnElements(for: $0, index: index) })
            where seen.insert(element).inserted {
                badgesByElement[element, default: []].append(badge)
            }
        }
    }

    /// Certificates are not drawn: a finding about one marks where its key is installed and the
    /// components that present it.
    private static func drawnElements(for id: ElementID, index: ArchitectureIndex) -> [ElementID] {
        guard let certificate = index.certificates[id] else { return [id] }
        return certificate.installedOn + index.architecture.components.filter { $0.tls?.certificate == id }.map(\.id)
    }

    func badges(for id: ElementID) -> [Badge] { badgesByElement[id] ?? [] }

    func badges(for flows: [Flow]) -> [Badge] {
        var seen = Set<Int>()
        return flows.flatMap { badges(for: $0.id) }.filter { seen.insert($0.number).inserted }.sorted { $0.number < $1.number }
    }

    /// Outline colour: the most severe active finding's, grey when only accepted ones remain.
    static func outline(_ badges: [Badge]) -> String? {
        if let worst = badges.filter(\.active).max(by: { $0.severity < $1.severity }) { return worst.color }
        return badges.isEmpty ? nil : DiagramStyle.color(.note, active: false)
    }

    /// Records that these badges are drawn, so the legend explains exactly what appears.
    mutating func markDrawn(_ badges: [Badge]) {
        for badge in badges {
            drawn.insert(badge.number)
            if badge.active { severitiesShown.insert(badge.severity) } else { showsAccepted = true }
        }
    }

    /// Badges of findings about nothing the picture draws (a certificate no one holds, an empty
    /// host): shown beside the title, so every issue of the design document has its badge.
    var undrawn: [Badge] { all.filter { !drawn.contains($0.number) } }

    /// Badges one element shows one by one; beyond that the rest share one cell, `#6-#1700`, so an
    /// element with a thousand findings is drawn (a row of them was wider than Graphviz allows).
    static let maximumBadges = 6

    /// A row of numbered cells, e.g. `#3` on the severity colour. Sizes are fixed: Graphviz
    /// stretches table cells to fill their row, which would turn badges into bars.
    /// `linked`: each cell links to its finding in the design document; the legend's samples do not.
    static func markup(_ badges: [Badge], linked: Bool = true) -> String {
        let spacing = 2
        var width = spacing
        let cells = collapsed(badges).map { cell in
            let cellWidth = 8 + (13 * cell.text.count + 1) / 2
            width += cellWidth + spacing
            // Linked to the finding in the design document (`issue-N`, see HTMLPage).
            let link = linked ? " ID=\"svg-badge-\(cell.number)\" HREF=\"#issue-\(cell.number)\" TITLE=\"\(cell.title)\"" : ""
            return "<TD BGCOLOR=\"\(cell.color)\" FIXEDSIZE=\"TRUE\" WIDTH=\"\(cellWidth)\" HEIGHT=\"13\"\(link)>"
                + "<FONT COLOR=\"#FFFFFF\" POINT-SIZE=\"9\"><B>\(cell.text)</B></FONT></TD>"
        }.joined()
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"\(spacing)\" CELLPADDING=\"0\" FIXEDSIZE=\"TRUE\" "
            + "WIDTH=\"\(width)\" HEIGHT=\"\(13 + 2 * spacing)\"><TR>\(cells)</TR></TABLE>"
    }

    /// One drawn cell: a badge, or the badges past the first few as a range.
    struct Cell: Equatable {
        var text: String
        /// The first finding it stands for (its link target).
        var number: Int
        var color: String
        var title: String
    }

    /// The first `maximumBadges - 1` badges, then one cell for the rest when there are too many.
    static func collapsed(_ badges: [Badge]) -> [Cell] {
        let single = { (badge: Badge) in
            Cell(
                text: "#\(badge.number)", number: badge.number, color: badge.color,
                title: "finding \(badge.number)\(badge.active ? "" : " (accepted risk)")")
        }
        guard badges.count > maximumBadges else { return badges.map(single) }
        let rest = Array(badges.dropFirst(maximumBadges - 1))
        let first = rest.first!.number
        let last = rest.last!.number
        let range = Cell(
            text: "#\(first)-#\(last)", number: first, color: outline(rest) ?? DiagramStyle.color(.note, active: false),
            title: "findings " + rest.map { "\($0.number)\($0.active ? "" : " (accepted)")" }.joined(separator: ", "))
        return badges.prefix(maximumBadges - 1).map(single) + [range]
    }
}
