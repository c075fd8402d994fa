import TopographModel

extension DiagramBuilder {
    /// Every segment of every drawn flow, styled by class, labelled with protocol and port.
    mutating func edges() -> [DOTEdge] {
        FlowRouter(scene: scene).segments().map { edge(for: $0) }
    }

    private mutating func edge(for segment: Segment) -> DOTEdge {
        let style = segment.edgeClass
        let badges = segment.labelled && style != .resolves ? overlay.badges(for: segment.flows) : []
        overlay.markDrawn(badges)
        var attributes: DOTAttributes = [
            "color": .string(style.color),
            "fontcolor": .string(style.color),
            "style": .string(style.style(encrypted: segment.encrypted)),
            "penwidth": .string(badges.isEmpty ? style.penwidth : "2.6"),
            "arrowhead": .string(style.arrowhead),
        ]
        if segment.labelled || style == .resolves {
            var markup = HTMLText.font(labelText(segment), color: style.color)
            if !badges.isEmpty {
                markup = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD>\(markup)</TD><TD>"
                    + FindingOverlay.markup(badges) + "</TD></TR></TABLE>"
            }
            attributes["label"] = .html(markup)
        }
        if style == .resolves { attributes.set("constraint", "false") }
        return DOTEdge(DOTEncoder.identifier(segment.from.rawValue), DOTEncoder.identifier(segment.to.rawValue), attributes)
    }

    /// e.g. "https:443 · TLS", "mysql:3306 · read, write (plaintext)", "replication · mysql:3306".
    private func labelText(_ segment: Segment) -> String {
        let first = segment.flows[0]
        let endpoint = first.port.map { "\(first.protocol):\($0)" } ?? first.protocol
        var purposes: [String] = []
        for flow in segment.flows where flow.purpose != .request {
            let word = ComponentDetails.words(flow.purpose.rawValue)
            if !purposes.contains(word) { purposes.append(word) }
        }
        switch segment.edgeClass {
        case .secureData:
            return ([endpoint] + purposes).joined(separator: " · ") + " · TLS"
        case .plaintextData:
            return ([endpoint] + purposes).joined(separator: " · ") + " (plaintext)"
        case .replication, .telemetry, .control:
            return (purposes + [endpoint]).joined(separator: " · ") + (segment.encrypted ? " · TLS" : "")
        case .dns:
            return endpoint
        case .resolves:
            return "resolves to"
        }
    }
}
