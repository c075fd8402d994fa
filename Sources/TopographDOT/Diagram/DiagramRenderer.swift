import TopographAnalysis
import TopographModel

/// Turns an architecture and its findings into a Graphviz diagram (DOT text).
public enum DiagramRenderer {
    /// The DOT text of one view of `architecture`, with `findings` overlaid as numbered badges
    /// (number = 1-based position in `findings`, the numbering the design doc uses).
    public static func dot(for architecture: Architecture, findings: [Finding], options: DiagramOptions = DiagramOptions()) -> String {
        DOTEncoder.encode(graph(for: architecture, findings: findings, options: options))
    }

    /// The same diagram as DOT values, for callers that want to adjust it before encoding.
    public static func graph(for architecture: Architecture, findings: [Finding], options: DiagramOptions = DiagramOptions()) -> DOTGraph {
        graph(for: ArchitectureFacts(architecture), findings: findings, options: options)
    }

    /// The DOT text over facts already computed (the validator and the document read the same ones).
    public static func dot(for facts: ArchitectureFacts, findings: [Finding], options: DiagramOptions = DiagramOptions()) -> String {
        DOTEncoder.encode(graph(for: facts, findings: findings, options: options))
    }

    /// The DOT values over facts already computed.
    public static func graph(for facts: ArchitectureFacts, findings: [Finding], options: DiagramOptions = DiagramOptions()) -> DOTGraph {
        var scene = DiagramScene(facts, view: options.view)
        scene.diff = options.diff
        // A blast radius and a diff speak in colours of their own: finding outlines would read as
        // failures or changes.
        let findingsShown = options.showFindings && options.failure == nil && options.diff == nil
        var builder = DiagramBuilder(
            scene: scene,
            overlay: FindingOverlay(findings: findings, enabled: findingsShown, index: scene.index),
            options: options)
        return builder.build()
    }
}

/// Assembles the DOT graph: title, zone and host clusters with their components, edges, legend.
struct DiagramBuilder {
    let scene: DiagramScene
    var overlay: FindingOverlay
    let options: DiagramOptions
    /// Badges of findings on nothing drawn, shown under the title.
    private var unplaced: [Badge] = []

    init(scene: DiagramScene, overlay: FindingOverlay, options: DiagramOptions) {
        self.scene = scene
        self.overlay = overlay
        self.options = options
    }

    mutating func build() -> DOTGraph {
        // Edges first: a bundle's junction goes into the zone its lines gather in.
        let (drawnEdges, junctions) = edges()
        let edgeStatements = options.failure.map { greyed(drawnEdges, by: $0) } ?? drawnEdges
        var statements = zoneClusters(junctions: junctions) + unzoned()
        statements += junctions.filter { $0.zone == nil }.map { .node($0.node) } + edgeStatements.map(DOTStatement.edge)
        // A view that promises every issue a badge lists the ones it has no place for.
        if scene.view.badgesEveryFinding {
            unplaced = overlay.undrawn
            overlay.markDrawn(unplaced)
        }
        // The legend sits under the title, in the graph label; built last, so it lists exactly
        // the badges drawn above.
        var graph = graphAttributes()
        // Flows to a host or zone end at its cluster's border, which Graphviz draws only when asked.
        if edgeStatements.contains(where: { $0.attributes["lhead"] != nil || $0.attributes["ltail"] != nil }) {
            graph.set("compound", "true")
        }
        if options.showLegend, let legend = legend() {
            graph["label"] = .html(
                "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\"><TR><TD ALIGN=\"LEFT\">\(title())</TD></TR>"
                    + "<TR><TD ALIGN=\"LEFT\">\(legend)</TD></TR></TABLE>")
        }
        return DOTGraph(
            DOTEncoder.identifier(scene.index.architecture.name), graph: graph, node: nodeDefaults(),
            edge: edgeDefaults(), statements)
    }

    private func graphAttributes() -> DOTAttributes {
        let attributes: DOTAttributes = [
            "label": .html(title()), "labelloc": .string("t"), "labeljust": .string("l"),
            "rankdir": .string(options.rankdir.rawValue), "fontname": .string(DiagramStyle.font),
            "fontsize": .string("11"), "fontcolor": .string(DiagramStyle.ink), "bgcolor": .string("white"),
            "nodesep": .string("0.3"), "ranksep": .string("0.6"), "pad": .string("0.3"),
            "outputorder": .string("edgesfirst"),
        ]
        return attributes
    }

    private func nodeDefaults() -> DOTAttributes {
        [
            "fontname": .string(DiagramStyle.font), "fontsize": .string("11"), "fontcolor": .string(DiagramStyle.ink),
            "margin": .string("0.12,0.06"),
        ]
    }

    private func edgeDefaults() -> DOTAttributes {
        ["fontname": .string(DiagramStyle.font), "fontsize": .string("9"), "arrowsize": .string("0.7")]
    }

    private func title() -> String {
        let architecture = scene.index.architecture
        let heading = options.title ?? architecture.name
        var sub = "\(options.view.name) view: \(options.view.summary)"
        if options.title == nil, let domain = architecture.domain { sub = "\(domain) · " + sub }
        var text =
            HTMLText.font(heading, size: 16, bold: true) + "<BR ALIGN=\"LEFT\"/>"
            + HTMLText.font(sub, size: 10, color: DiagramStyle.muted) + "<BR ALIGN=\"LEFT\"/>"
        if let failure = options.failure {
            text += HTMLText.font(failure.headline, size: 11, color: DiagramStyle.failed.text, bold: true) + "<BR ALIGN=\"LEFT\"/>"
        }
        text += diffTitle()
        guard !unplaced.isEmpty else { return text }
        // A cell holds text or a table, not both: the badges get a row of their own.
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
        let badges =
            table + "<TR><TD>" + HTMLText.font("not on the drawing: ", size: 9, color: DiagramStyle.muted) + "</TD><TD>"
            + FindingOverlay.markup(unplaced) + "</TD></TR></TABLE>"
        return table + "<TR><TD ALIGN=\"LEFT\">\(text)</TD></TR><TR><TD ALIGN=\"LEFT\">\(badges)</TD></TR></TABLE>"
    }

    /// Lines into or out of what fails or is lost carry nothing now: drawn grey and dashed.
    private func greyed(_ edges: [DOTEdge], by failure: FailureMarks) -> [DOTEdge] {
        var gone = Set(
            scene.components.filter { failure.mark($0.id) != nil }.map { DOTEncoder.identifier($0.id.rawValue) })
        // A bundle's junction carries nothing once everything feeding it is gone.
        let drawnNodes = Set(scene.components.map { DOTEncoder.identifier($0.id.rawValue) })
        let feeding = Dictionary(
            grouping: edges.filter { !drawnNodes.contains($0.to) && $0.attributes["style"] != .string("invis") }, by: \.to)
        for (junction, incoming) in feeding where incoming.allSatisfy({ gone.contains($0.from) }) { gone.insert(junction) }
        return edges.map { edge in
            guard gone.contains(edge.from) || gone.contains(edge.to), edge.attributes["style"] != .string("invis") else { return edge }
            var edge = edge
            edge.attributes.set("color", DiagramStyle.dimmed.border)
            edge.attributes.set("fontcolor", DiagramStyle.dimmed.text)
            edge.attributes.set("style", "dashed")
            edge.attributes.set("penwidth", "1")
            // Labels carry their class colour in their markup: grey it too.
            for name in ["label", "xlabel"] {
                if case .html(let markup) = edge.attributes[name] {
                    edge.attributes[name] = .html(Self.recoloured(markup, to: DiagramStyle.dimmed.text))
                }
            }
            return edge
        }
    }

    /// `markup` with every `COLOR="#RRGGBB"` set to `color`.
    static func recoloured(_ markup: String, to color: String) -> String {
        var result = ""
        var rest = Substring(markup)
        while let range = rest.range(of: "COLOR=\"#") {
            result += rest[..<range.lowerBound] + "COLOR=\"" + color
            rest = rest[range.upperBound...].drop { $0.isHexDigit }
        }
        return result + rest
    }

    // MARK: Clusters

    private mutating func zoneClusters(junctions: [Junction]) -> [DOTStatement] {
        SceneTree(scene).zones.map { box -> DOTStatement in
            let zone = box.zone
            // Graphviz 2.43 starts nested clusters right to left: handing it the hosts last first
            // puts them in declaration order (server-1, server-2, ...) unless crossings demand otherwise.
            let body =
                box.standalone.map { DOTStatement.node(node(for: $0)) } + box.hosts.reversed().map { hostCluster($0) }
                + junctions.filter { $0.zone == zone.id }.map { .node($0.node) }
            let colors = DiagramStyle.zoneColors(zone.kind)
            var attributes = clusterAttributes(fill: colors.fill, border: colors.border, id: zone.id)
            attributes["label"] = .html(clusterLabel(zone.displayName, kind: SceneTree.kindText(zone), size: 12, id: zone.id))
            attributes = attributes.merging(Self.link(to: zone.id, tooltip: "zone \(zone.displayName)"))
            return .subgraph(DOTSubgraph(DOTEncoder.identifier(zone.id.rawValue, prefix: "cluster_zone_"), attributes, body))
        }
    }

    /// Hosts without a known zone, and stand-alone components without one.
    private mutating func unzoned() -> [DOTStatement] {
        let tree = SceneTree(scene)
        return tree.unzonedHosts.map { hostCluster($0) } + tree.loose.map { .node(node(for: $0)) }
    }

    private mutating func hostCluster(_ box: SceneTree.HostBox) -> DOTStatement {
        let host = box.host
        var attributes = clusterAttributes(fill: "#FFFFFF", border: DiagramStyle.hostBorder, id: host.id)
        attributes["label"] = .html(clusterLabel(host.displayName, kind: "host", size: 11, id: host.id))
        attributes = attributes.merging(Self.link(to: host.id, tooltip: "host \(host.displayName)"))
        var body = box.focus.map { DOTStatement.node(node(for: $0)) }
        if !box.context.isEmpty { body.insert(.node(contextNode(for: host, box.context, hasFocus: !box.focus.isEmpty)), at: 0) }
        return .subgraph(DOTSubgraph(DOTEncoder.identifier(host.id.rawValue, prefix: "cluster_host_"), attributes, body))
    }

    /// The id of the grey node that stands for a host's out-of-view components.
    static func contextNodeID(_ host: ElementID) -> String { "context:" + DOTEncoder.identifier(host.rawValue) }

    /// What a host with nothing in focus says under its grey node.
    /// One grey node listing a host's components outside the view, so the host keeps its size
    /// and a host with nothing in focus (no monitoring agent, say) stands out.
    private func contextNode(for host: Host, _ members: [Component], hasFocus: Bool) -> DOTNode {
        let names = members.map(\.displayName).joined(separator: " · ")
        var rows = [HTMLText.font(names, size: 9, color: DiagramStyle.dimmed.text)]
        if !hasFocus {
            rows.append(
                HTMLText.font(
                    scene.view.emptyHostNote, size: 9, color: DiagramStyle.muted,
                    bold: true))
        }
        return DOTNode(
            Self.contextNodeID(host.id),
            [
                "shape": .string("box"), "style": .string("rounded,filled,dashed"),
                "fillcolor": .string(DiagramStyle.dimmed.fill), "color": .string(DiagramStyle.dimmed.border),
                "label": .html(HTMLText.stack(rows)),
            ])
    }

    private mutating func clusterAttributes(fill: String, border: String, id: ElementID) -> DOTAttributes {
        let badges = overlay.badges(for: id)
        overlay.markDrawn(badges)
        let outline = FindingOverlay.outline(badges)
        var attributes: DOTAttributes = [
            "style": .string("rounded,filled"), "fillcolor": .string(fill), "color": .string(outline ?? border),
            "penwidth": .string(outline == nil ? "1.2" : "2.5"), "labeljust": .string("l"), "margin": .string("12"),
        ]
        switch options.failure?.mark(id) {
        case .failed:
            attributes.set("color", DiagramStyle.failed.border)
            attributes.set("penwidth", "3")
            attributes.set("style", "rounded,filled,bold")
        case .lost:
            attributes.set("fillcolor", DiagramStyle.dimmed.fill)
            attributes.set("color", DiagramStyle.dimmed.border)
            attributes.set("style", "rounded,filled,dashed")
        case nil: break
        }
        return diffOutline(attributes, id)
    }

    private func clusterLabel(_ name: String, kind: String?, size: Int, id: ElementID) -> String {
        var markup = diffName(HTMLText.font(name, size: size, bold: true), id)
        if let kind { markup += " " + HTMLText.font(kind, size: size - 2, color: DiagramStyle.muted) }
        if let mark = options.failure?.mark(id) {
            let color = mark == .failed ? DiagramStyle.failed.text : DiagramStyle.muted
            markup += " " + HTMLText.font(FailureMarks.words(mark), size: size - 2, color: color, bold: true)
        }
        // A diff's rows go under the name, one per line, so a long field list stays readable.
        let rows = diffRows(id, size: size - 2)
        if !rows.isEmpty { markup = HTMLText.stack([markup] + rows, cellPadding: 0) }
        let badges = overlay.badges(for: id)
        guard !badges.isEmpty else { return markup }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD>\(markup)</TD><TD>"
            + FindingOverlay.markup(badges) + "</TD></TR></TABLE>"
    }
}
