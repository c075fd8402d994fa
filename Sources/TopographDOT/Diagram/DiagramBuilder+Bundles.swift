import TopographModel

/// A bundle's junction point and the zone it is drawn in: the zone all the lines it gathers
/// start (or end) in, so they meet inside it instead of looping out of it; nil across zones.
struct Junction {
    var node: DOTNode
    var zone: ElementID?
}

extension DiagramBuilder {
    /// A bundle's lines: every source to a junction point, one labelled trunk, the junction to
    /// every target. With one source or one target the trunk is the line on that side, so a
    /// fan-in reads "four lines meet, one arrow with the words goes on".
    mutating func bundleEdges(_ bundle: Bundle, number: Int) -> (edges: [DOTEdge], junctions: [Junction]) {
        let style = bundle.segments[0].edgeClass
        let badges = overlay.badges(for: bundle.flows)
        overlay.markDrawn(badges)
        let line = diffLine(
            [
                "color": .string(style.color), "fontcolor": .string(style.color),
                "style": .string(style.style(encrypted: bundle.segments[0].encrypted)),
                "penwidth": .string(badges.isEmpty ? style.penwidth : "2.6"),
            ], flows: bundle.flows)
        let text = Self.labelText(bundle.segments[0], index: scene.index)
        let words = options.diff == nil ? Self.labelMarkup(text, style, badges) : diffLabel(text, flows: bundle.flows)
        let color = line["color"].flatMap { if case .string(let value) = $0 { value } else { nil } } ?? style.color
        let sources = bundle.sources.map(anchor).uniqued()
        let targets = bundle.targets.map(anchor).uniqued()
        let inbound = sources.count > 1 ? Self.junction(number, "in", color) : nil
        let outbound = targets.count > 1 ? Self.junction(number, "out", color) : nil
        let start = inbound.map { DiagramScene.Anchor(node: $0.id) } ?? sources[0]
        let end = outbound.map { DiagramScene.Anchor(node: $0.id) } ?? targets[0]
        var edges: [DOTEdge] = []
        if let inbound {
            edges += sources.map { Self.edge(from: $0, to: DiagramScene.Anchor(node: inbound.id), line.setting("arrowhead", "none")) }
        }
        var trunk = line.setting("arrowhead", outbound == nil ? style.arrowhead : "none")
        trunk["label"] = DOTValue.html(words)
        edges.append(Self.edge(from: start, to: end, trunk))
        if let outbound {
            edges += targets.map {
                Self.edge(from: DiagramScene.Anchor(node: outbound.id), to: $0, line.setting("arrowhead", style.arrowhead))
            }
        }
        var junctions: [Junction] = []
        if let inbound { junctions.append(Junction(node: inbound, zone: commonZone(bundle.sources))) }
        if let outbound { junctions.append(Junction(node: outbound, zone: commonZone(bundle.targets))) }
        return (edges, junctions)
    }

    /// The zone every one of `ids` is in, if they share one.
    private func commonZone(_ ids: [ElementID]) -> ElementID? {
        let zones = ids.map { scene.index.zone(of: $0)?.id ?? scene.index.zones[$0]?.id }
        guard let first = zones.first, let zone = first, zones.allSatisfy({ $0 == zone }) else { return nil }
        return zone
    }

    /// The point where a bundle's lines meet: small, in the line's colour, no label.
    private static func junction(_ number: Int, _ side: String, _ color: String) -> DOTNode {
        DOTNode(
            "bundle:\(number):\(side)",
            [
                "shape": .string("point"), "width": .string("0.07"), "color": .string(color),
                "fillcolor": .string(color), "label": .string(""),
            ])
    }
}

extension DOTAttributes {
    /// A copy with one attribute set.
    func setting(_ name: String, _ value: String) -> DOTAttributes {
        var copy = self
        copy.set(name, value)
        return copy
    }
}
