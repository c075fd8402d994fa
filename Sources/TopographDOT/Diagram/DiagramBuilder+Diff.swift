import TopographModel

extension DiagramBuilder {
    /// A node or cluster's outline under a diff: the status colour and width (dashed when
    /// removed); unchanged ones get a neutral outline, so every colour on the drawing is a status.
    func diffOutline(_ attributes: DOTAttributes, _ id: ElementID) -> DOTAttributes {
        guard let diff = options.diff else { return attributes }
        let status = diff.elements[id]?.status
        var attributes = attributes
        attributes.set("color", DiffMarks.colors(status).line)
        attributes.set("penwidth", DiffMarks.penwidth(status))
        if status == .removed, case .string(let style)? = attributes["style"], !style.contains("dashed") {
            attributes.set("style", style + ",dashed")
        }
        return attributes
    }

    /// An element's name under a diff: struck through when removed, as a diff of text strikes it.
    func diffName(_ markup: String, _ id: ElementID) -> String {
        options.diff?.elements[id]?.status == .removed ? "<S>\(markup)</S>" : markup
    }

    /// The rows an element carries under a diff ("+ added", "~ ports: [80] → [443]"), as markup.
    func diffRows(_ id: ElementID, size: Int = 9) -> [String] {
        guard let mark = options.diff?.elements[id] else { return [] }
        return DiffMarks.lines(mark).map { HTMLText.font($0, size: size, color: DiffMarks.colors(mark.status).text, bold: true) }
    }

    /// A line's attributes under a diff: the status colour in place of the class colour (the
    /// dash pattern still tells plaintext from TLS), dashed when removed, wider when marked.
    func diffLine(_ attributes: DOTAttributes, flows: [Flow]) -> DOTAttributes {
        guard let diff = options.diff, attributes["style"] != .string("invis") else { return attributes }
        let status = diff.mark(of: flows)?.status
        var attributes = attributes
        let colors = DiffMarks.colors(status)
        attributes.set("color", colors.line)
        attributes.set("fontcolor", colors.text)
        if status != nil { attributes.set("penwidth", "2.6") }
        if status == .removed { attributes.set("style", "dashed") }
        return attributes
    }

    /// A line's words under a diff: its protocol in the status colour, then its status rows.
    func diffLabel(_ text: String, flows: [Flow]) -> String {
        let mark = options.diff?.mark(of: flows)
        let color = DiffMarks.colors(mark?.status).text
        var rows = text.isEmpty ? [] : [HTMLText.font(text, color: color)]
        rows += mark.map { DiffMarks.lines($0).map { HTMLText.font($0, size: 9, color: color, bold: true) } } ?? []
        guard rows.count > 1 else { return rows.first ?? "" }
        return HTMLText.stack(rows, cellPadding: 0)
    }

    /// The diff's headline and notes, for the title.
    func diffTitle() -> String {
        guard let diff = options.diff else { return "" }
        var text = HTMLText.font(diff.headline, size: 11, color: DiagramStyle.ink, bold: true) + "<BR ALIGN=\"LEFT\"/>"
        for note in diff.notes {
            text += HTMLText.font(note, size: 10, color: DiffMarks.colors(.changed).text) + "<BR ALIGN=\"LEFT\"/>"
        }
        return text
    }

    /// Legend rows of a diff: one swatch per status the drawing shows, then the unchanged look.
    func diffLegendRows() -> [(sample: String, words: String)] {
        guard let diff = options.diff else { return [] }
        let tree = SceneTree(scene)
        let places = tree.zones.map(\.zone.id) + (tree.zones.flatMap(\.hosts) + tree.unzonedHosts).map(\.host.id)
        let drawn = (places + scene.components.map(\.id)).map { diff.elements[$0]?.status } + scene.flows.map { diff.flows[$0.id]?.status }
        let statuses: [DiffMarks.Status?] = (DiffMarks.Status.allCases + [nil]).filter { drawn.contains($0) }
        return statuses.map { status in
            let colors = DiffMarks.colors(status)
            let swatch =
                "<TD BGCOLOR=\"\(colors.fill)\" BORDER=\"2\" COLOR=\"\(colors.line)\" FIXEDSIZE=\"TRUE\" WIDTH=\"26\" HEIGHT=\"12\"></TD>"
            return (swatch, "<TD ALIGN=\"LEFT\">" + HTMLText.font(DiffMarks.legend(status), size: 9, color: colors.text) + "</TD>")
        }
    }
}
