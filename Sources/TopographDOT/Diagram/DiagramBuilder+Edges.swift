import TopographModel

extension DiagramBuilder {
    /// Every segment of every drawn flow, styled by class, labelled with protocol and port;
    /// parallel flows that say the same thing drawn as one bundle (see `Bundle`), whose junction
    /// points come back as nodes.
    mutating func edges() -> (edges: [DOTEdge], junctions: [Junction]) {
        let segments = FlowRouter(scene: scene).segments()
        let index = scene.index
        let found = Bundle.find(in: segments) { Self.labelText($0, index: index) }
        var edges = found.single.map { edge(for: $0) }
        var junctions: [Junction] = []
        for (number, bundle) in found.bundles.enumerated() {
            let drawn = bundleEdges(bundle, number: number)
            edges += drawn.edges
            junctions += drawn.junctions
        }
        return (edges + zoneFirewallPlacement(segments) + agentPlacement(), junctions)
    }

    /// Invisible edges from each zone firewall to what it admits, so the firewall sits at the
    /// top of its zone, above the elements its traffic reaches, though no line passes through it.
    private func zoneFirewallPlacement(_ segments: [Segment]) -> [DOTEdge] {
        let pairs = segments.flatMap { segment in segment.via.map { ($0, segment.to) } }
        var seen = Set<String>()
        return pairs.compactMap { firewall, target -> DOTEdge? in
            guard let from = scene.anchor(of: firewall), let to = scene.anchor(of: target), from.node != to.node,
                seen.insert(from.node + "\u{1}" + to.node).inserted
            else { return nil }
            return DOTEdge(from.node, to.node, ["style": .string("invis")])
        }
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
        // A line the diff marks is never wordless: its words say what changed.
        let wordless = style == .replication && scene.view.wordlessReplication && options.diff?.mark(of: segment.flows) == nil
        // Lines that say "also connected" must not stretch the layout: DNS lines just point, and
        // where replication goes without words a replica sits beside its primary. Where it has
        // words the line is laid out like any other, primary above its replicas, so its label
        // gets a place of its own (an xlabel is fitted in afterwards and can end up clipped).
        let unconstrained = style == .resolves || (style == .replication && wordless)
        if segment.labelled && style != .resolves && !(wordless && badges.isEmpty) {
            let text = Self.labelText(segment, index: scene.index)
            let markup =
                wordless
                ? FindingOverlay.markup(badges)
                : options.diff == nil ? Self.labelMarkup(text, style, badges) : diffLabel(text, flows: segment.flows)
            // Graphviz 2.42/2.43 frees a label twice in gvFreeLayout when the edge also has
            // constraint=false; an xlabel on those edges avoids the double free.
            attributes[unconstrained ? "xlabel" : "label"] = .html(markup)
        }
        if unconstrained { attributes.set("constraint", "false") }
        attributes = diffLine(attributes, flows: segment.flows)
        let tail = anchor(segment.from)
        let head = anchor(segment.to)
        // A replica connects to its source, but the data flows from the source: laid out source
        // first, drawn with the arrow where the connection goes.
        if style == .replication && !unconstrained {
            attributes["arrowtail"] = attributes["arrowhead"]
            attributes.set("dir", "back")
            return Self.edge(from: head, to: tail, attributes)
        }
        return Self.edge(from: tail, to: head, attributes)
    }

    func anchor(_ id: ElementID) -> DiagramScene.Anchor {
        scene.anchor(of: id) ?? DiagramScene.Anchor(node: DOTEncoder.identifier(id.rawValue))
    }

    /// An edge between two anchors, clipped at their clusters' borders where they are hosts or zones.
    static func edge(from tail: DiagramScene.Anchor, to head: DiagramScene.Anchor, _ attributes: DOTAttributes) -> DOTEdge {
        var attributes = attributes
        if let cluster = tail.cluster { attributes.set("ltail", cluster) }
        if let cluster = head.cluster { attributes.set("lhead", cluster) }
        return DOTEdge(tail.node, head.node, attributes)
    }

    /// The words of a line in its colour, followed by its finding badges.
    static func labelMarkup(_ text: String, _ style: EdgeClass, _ badges: [Badge]) -> String {
        let markup = HTMLText.font(text, color: style.color)
        guard !badges.isEmpty else { return markup }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD>\(markup)</TD><TD>"
            + FindingOverlay.markup(badges) + "</TD></TR></TABLE>"
    }

    /// e.g. "https:443 · TLS", "mysql:3306 · read, write (plaintext)", "replication · mysql:3306".
    /// Shared by every diagram format, so a DOT edge and a Mermaid link say the same words.
    static func labelText(_ segment: Segment, index: ArchitectureIndex) -> String {
        let text = protocolText(segment)
        guard !segment.via.isEmpty, !text.isEmpty else { return text }
        return text + " · via " + segment.via.map { index.displayName(of: $0) }.joined(separator: ", ")
    }

    private static func protocolText(_ segment: Segment) -> String {
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
