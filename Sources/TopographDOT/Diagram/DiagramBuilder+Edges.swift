import TopographModel

extension DiagramBuilder {
    /// Every segment of every drawn flow, styled by class, labelled with protocol and port.
    mutating func edges() -> [DOTEdge] {
        FlowRouter(scene: scene).segments().map { edge(for: $0) } + agentPlacement()
    }

    /// Invisible edges that put each monitoring agent after the other components on its host, so
    /// agents line up at the end of each server and their lines to the platform stay short.
    private func agentPlacement() -> [DOTEdge] {
        scene.components.compactMap { agent -> DOTEdge? in
            guard agent.kind == .monitoringAgent, let host = agent.host else { return nil }
            let others = scene.components.filter { $0.host == host && $0.kind != .monitoringAgent }
            let source: String
            if others.contains(where: { scene.dimmed.contains($0.id) }) {
                source = DiagramBuilder.contextNodeID(host)
            } else if let last = others.last {
                source = DOTEncoder.identifier(last.id.rawValue)
            } else {
                return nil
            }
            return DOTEdge(source, DOTEncoder.identifier(agent.id.rawValue), ["style": .string("invis")])
        }
    }

    private mutating func edge(for segment: Segment) -> DOTEdge {
        let style = segment.edgeClass
        let badges = segment.labelled && style != .resolves && style != .heldBy ? overlay.badges(for: segment.flows) : []
        overlay.markDrawn(badges)
        var attributes: DOTAttributes = [
            "color": .string(style.color),
            "fontcolor": .string(style.color),
            "style": .string(style.style(encrypted: segment.encrypted)),
            "penwidth": .string(badges.isEmpty ? style.penwidth : "2.6"),
            "arrowhead": .string(style.arrowhead),
        ]
        // A view may draw replication as the legend's dashed line without words; a finding's badge
        // still shows.
        let wordless = style == .replication && scene.view.wordlessReplication
        // Lines that say "also connected" must not stretch the layout: a replica sits beside its
        // primary rather than in front of it, and DNS lines just point.
        let unconstrained = style == .resolves || style == .replication
        if segment.labelled && style != .resolves && !(wordless && badges.isEmpty) {
            var markup = wordless ? FindingOverlay.markup(badges) : HTMLText.font(Self.labelText(segment), color: style.color)
            if !badges.isEmpty && !wordless {
                markup =
                    "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD>\(markup)</TD><TD>"
                    + FindingOverlay.markup(badges) + "</TD></TR></TABLE>"
            }
            // Graphviz 2.42/2.43 frees a label twice in gvFreeLayout when the edge also has
            // constraint=false; an xlabel on those edges avoids the double free.
            attributes[unconstrained ? "xlabel" : "label"] = .html(markup)
        }
        if unconstrained { attributes.set("constraint", "false") }
        let tail = scene.anchor(of: segment.from) ?? DiagramScene.Anchor(node: DOTEncoder.identifier(segment.from.rawValue))
        let head = scene.anchor(of: segment.to) ?? DiagramScene.Anchor(node: DOTEncoder.identifier(segment.to.rawValue))
        if let cluster = tail.cluster { attributes.set("ltail", cluster) }
        if let cluster = head.cluster { attributes.set("lhead", cluster) }
        return DOTEdge(tail.node, head.node, attributes)
    }

    /// e.g. "https:443 · TLS", "mysql:3306 · read, write (plaintext)", "replication · mysql:3306".
    /// Shared by every diagram format, so a DOT edge and a Mermaid link say the same words.
    static func labelText(_ segment: Segment) -> String {
        let first = segment.flows[0]
        let endpoint = first.port.map { "\(first.protocol):\($0)" } ?? first.protocol
        let used = Set(segment.flows.map(\.purpose))
        let purposes = FlowPurpose.allCases.filter { $0 != .request && used.contains($0) }.map {
            ComponentDetails.words($0.rawValue)
        }
        switch segment.edgeClass {
        case .secureData:
            return ([endpoint] + purposes).joined(separator: " · ") + " · TLS"
        case .plaintextData:
            return ([endpoint] + purposes).joined(separator: " · ") + " (plaintext)"
        case .replication, .telemetry, .control, .local:
            return (purposes + [endpoint]).joined(separator: " · ") + (segment.encrypted ? " · TLS" : "")
        case .dns:
            return endpoint
        case .resolves, .heldBy:
            return ""
        }
    }
}
