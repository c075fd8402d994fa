import TopographModel

extension DiagramBuilder {
    /// A component as a node: shape and colours by kind, name and small print, finding badges.
    mutating func node(for component: Component) -> DOTNode {
        let mark = options.failure?.mark(component.id)
        let dim = scene.dimmed.contains(component.id) || mark == .lost
        let look = DiagramStyle.look(for: component)
        let flagged = scene.flagged.contains(component.id)
        let badges = dim && !flagged ? [] : overlay.badges(for: component.id)
        overlay.markDrawn(badges)
        let outline = FindingOverlay.outline(badges)
        var attributes: DOTAttributes = [
            "shape": .string(look.shape),
            "style": .string(look.style),
            "fillcolor": .string(dim ? DiagramStyle.dimmed.fill : look.fill),
            "color": .string(outline ?? (dim ? DiagramStyle.dimmed.border : look.border)),
            "penwidth": .string(outline == nil ? look.penwidth : "3"),
            "label": .html(label(for: component, dim: dim, badges: badges)),
        ]
        if dim { attributes.set("fontcolor", DiagramStyle.dimmed.text) }
        if mark == .failed {
            attributes.set("fillcolor", DiagramStyle.failed.fill)
            attributes.set("color", DiagramStyle.failed.border)
            attributes.set("penwidth", "3")
        }
        if mark == .lost { attributes.set("style", look.style.contains("dashed") ? look.style : look.style + ",dashed") }
        attributes = diffOutline(attributes, component.id)
        attributes = attributes.merging(Self.link(to: component.id, tooltip: "\(component.displayName) (\(component.kind.title))"))
        return DOTNode(DOTEncoder.identifier(component.id.rawValue), attributes)
    }

    /// `URL` to the element's entry in the design document (design.html makes them clickable)
    /// and a tooltip naming it: SVG output turns both into a link with a title.
    static func link(to id: ElementID, tooltip: String) -> DOTAttributes {
        // An explicit id keeps SVG ids stable: without one Graphviz numbers its links with a
        // counter that runs on across renders in one process.
        ["URL": .string("#" + id.anchor), "tooltip": .string(tooltip), "id": .string("svg-" + id.anchor)]
    }

    private func label(for component: Component, dim: Bool, badges: [Badge]) -> String {
        var rows = [diffName(HTMLText.font(component.displayName, bold: !dim), component.id)]
        let details = ComponentDetails.lines(
            for: component, index: scene.index, view: scene.view, multiplicity: options.multiplicity,
            roles: scene.facts.failoverRoles)
        let shown = dim ? Array(details.prefix(1)) : details
        let color = dim ? DiagramStyle.dimmed.text : DiagramStyle.muted
        // Where TLS ends is what a security review looks for first: that line is green (but
        // not under a diff, where green says "added").
        let green = !dim && options.diff == nil
        rows += shown.map { line in
            HTMLText.font(line, size: 9, color: green && line.hasPrefix(ComponentDetails.tlsPrefix) ? EdgeClass.secureData.color : color)
        }
        if scene.flagged.contains(component.id), let note = scene.view.unwatchedNote {
            rows.append(HTMLText.font(note, size: 9, color: DiagramStyle.muted, bold: true))
        }
        if let mark = options.failure?.mark(component.id) {
            let color = mark == .failed ? DiagramStyle.failed.text : DiagramStyle.muted
            rows.append(HTMLText.font(FailureMarks.words(mark), size: 9, color: color, bold: true))
        }
        rows += diffRows(component.id)
        if !badges.isEmpty { rows.append(FindingOverlay.markup(badges)) }
        return HTMLText.stack(rows)
    }
}
