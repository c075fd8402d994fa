import TopographAnalysis
import TopographModel

extension DiagramRenderer {
    /// The view as a Mermaid flowchart, for Markdown that GitHub, GitLab and most wikis draw
    /// themselves. Same scene, segments, words and colours as the DOT diagram; what Mermaid cannot
    /// express (badges as coloured cells, arrowhead kinds, the legend) is listed in the README.
    public static func mermaid(for architecture: Architecture, findings: [Finding], options: DiagramOptions = DiagramOptions()) -> String {
        let scene = DiagramScene(ArchitectureFacts(architecture), view: options.view)
        let overlay = FindingOverlay(findings: findings, enabled: options.showFindings, index: scene.index)
        var builder = MermaidBuilder(scene: scene, overlay: overlay, options: options)
        return builder.build()
    }
}

/// Writes one Mermaid flowchart: front matter with the title, zones and hosts as subgraphs,
/// components as shaped nodes, segments as links, then the styles.
struct MermaidBuilder {
    let scene: DiagramScene
    let overlay: FindingOverlay
    let options: DiagramOptions
    private var lines: [String] = []
    private var styles: [String] = []
    private var linkStyles: [String] = []
    private var classes: [String: String] = [:]

    init(scene: DiagramScene, overlay: FindingOverlay, options: DiagramOptions) {
        self.scene = scene
        self.overlay = overlay
        self.options = options
    }

    mutating func build() -> String {
        let tree = SceneTree(scene)
        for zone in tree.zones { subgraph(zone) }
        for host in tree.unzonedHosts { subgraph(host, indent: 1) }
        for component in tree.loose { node(component, indent: 1) }
        links()
        var head = ["---", "title: " + MermaidText.yamlQuoted(title), "---", "flowchart \(options.rankdir.rawValue)"]
        head += classes.keys.sorted().map { "    classDef \($0) \(classes[$0]!)" }
        return (head + lines + styles + linkStyles).joined(separator: "\n") + "\n"
    }

    private var title: String {
        let heading = options.title ?? scene.index.architecture.name
        return "\(heading): \(options.view.rawValue) view (\(options.view.summary))"
    }

    // MARK: Subgraphs and nodes

    private mutating func subgraph(_ box: SceneTree.ZoneBox) {
        let zone = box.zone
        let id = PlainIdentifier.make(zone.id.rawValue, prefix: "zone_")
        let words = [zone.displayName, SceneTree.kindText(zone)].compactMap { $0 }.joined(separator: " · ")
        lines.append("    subgraph \(id)[\"\(label(words, badges: overlay.badges(for: zone.id)))\"]")
        for component in box.standalone { node(component, indent: 2) }
        for host in box.hosts { subgraph(host, indent: 2) }
        lines.append("    end")
        let colors = DiagramStyle.zoneColors(zone.kind)
        styles.append("    style \(id) fill:\(colors.fill),stroke:\(outline(for: zone.id) ?? colors.border)")
    }

    private mutating func subgraph(_ box: SceneTree.HostBox, indent: Int) {
        let pad = String(repeating: "    ", count: indent)
        let id = PlainIdentifier.make(box.host.id.rawValue, prefix: "host_")
        lines.append("\(pad)subgraph \(id)[\"\(label(box.host.displayName + " · host", badges: overlay.badges(for: box.host.id)))\"]")
        if !box.context.isEmpty { contextNode(box, indent: indent + 1) }
        for component in box.focus { node(component, indent: indent + 1) }
        lines.append("\(pad)end")
        styles.append("    style \(id) fill:#FFFFFF,stroke:\(outline(for: box.host.id) ?? DiagramStyle.hostBorder)")
    }

    private mutating func node(_ component: Component, indent: Int) {
        let dim = scene.dimmed.contains(component.id)
        let details = ComponentDetails.lines(
            for: component, index: scene.index, view: scene.view, multiplicity: options.multiplicity,
            roles: scene.facts.failoverRoles)
        let text =
            ["<b>" + MermaidText.escape(component.displayName) + "</b>"]
            + (dim ? Array(details.prefix(1)) : details).map(MermaidText.escape)
        let badges = dim ? [] : overlay.badges(for: component.id)
        let (open, close) = Self.shape(component.spec)
        let id = PlainIdentifier.make(component.id.rawValue, prefix: "n_")
        if dim {
            classes["dimmed"] = "fill:\(DiagramStyle.dimmed.fill),stroke:\(DiagramStyle.dimmed.border),color:\(DiagramStyle.dimmed.text)"
        }
        let className = dim ? "dimmed" : defineClass(for: component)
        let body = (text + (badges.isEmpty ? [] : [Self.badgeText(badges)])).joined(separator: "<br/>")
        lines.append(String(repeating: "    ", count: indent) + "\(id)\(open)\"\(body)\"\(close):::\(className)")
        if let outline = FindingOverlay.outline(badges) { styles.append("    style \(id) stroke:\(outline),stroke-width:3px") }
    }

    private mutating func contextNode(_ box: SceneTree.HostBox, indent: Int) {
        var text = [MermaidText.escape(box.context.map(\.displayName).joined(separator: " · "))]
        if box.focus.isEmpty { text.append("<b>" + MermaidText.escape(scene.view.emptyHostNote) + "</b>") }
        let id = PlainIdentifier.make(box.host.id.rawValue, prefix: "context_")
        lines.append(String(repeating: "    ", count: indent) + "\(id)(\"\(text.joined(separator: "<br/>"))\"):::context")
        classes["context"] =
            "fill:\(DiagramStyle.dimmed.fill),stroke:\(DiagramStyle.dimmed.border),stroke-dasharray:4 3,color:\(DiagramStyle.dimmed.text)"
    }

    /// One class per look, named after the kind (a replica is drawn dashed: its own class).
    private mutating func defineClass(for component: Component) -> String {
        let look = DiagramStyle.look(for: component)
        var name = component.kind.rawValue
        var css = "fill:\(look.fill),stroke:\(look.border),stroke-width:\(look.penwidth)px,color:\(DiagramStyle.ink)"
        if look.style.contains("dashed") {
            name += "Dashed"
            css += ",stroke-dasharray:5 3"
        }
        classes[name] = css
        return name
    }

    /// Mermaid's nearest shape to the DOT diagram's for each kind.
    static func shape(_ spec: ComponentSpec) -> (open: String, close: String) {
        switch spec {
        case .client: ("([", "])")
        case .dnsRecord: ("[/", "/]")
        case .firewall: ("[/", "\\]")
        case .loadBalancer: ("{{", "}}")
        case .webServer: ("(", ")")
        case .appServer: ("[[", "]]")
        case .database, .cache, .objectStorage: ("[(", ")]")
        case .monitoringAgent: (">", "]")
        case .monitoringPlatform, .generic, .messageQueue: ("[", "]")
        case .bastion, .vpnGateway: ("[\\", "/]")
        case .virtualIP: ("((", "))")
        case .cdn: ("{{", "}}")
        case .waf: ("[/", "\\]")
        }
    }

    private func label(_ words: String, badges: [Badge]) -> String {
        "<b>" + MermaidText.escape(words) + "</b>" + (badges.isEmpty ? "" : " " + Self.badgeText(badges))
    }

    /// Badges as text: Mermaid has no coloured cells, so "⚠ #3 #5" (a grey "✓ #4" when accepted).
    static func badgeText(_ badges: [Badge]) -> String {
        let active = badges.filter(\.active).map { "#35;\($0.number)" }
        let accepted = badges.filter { !$0.active }.map { "#35;\($0.number)" }
        return
            ([active.isEmpty ? nil : "⚠ " + active.joined(separator: " "), accepted.isEmpty ? nil : "✓ " + accepted.joined(separator: " ")]
            .compactMap { $0 }).joined(separator: " ")
    }

    private func outline(for id: ElementID) -> String? { FindingOverlay.outline(overlay.badges(for: id)) }

    // MARK: Links

    private mutating func links() {
        for (index, segment) in FlowRouter(scene: scene).segments().enumerated() {
            let style = segment.edgeClass
            let badges = segment.labelled && style != .resolves ? overlay.badges(for: segment.flows) : []
            let wordless = style == .replication && scene.view.wordlessReplication
            var words: [String] = []
            if segment.labelled && style != .resolves && !wordless {
                words.append(MermaidText.escape(DiagramBuilder.labelText(segment, index: scene.index)))
            }
            if !badges.isEmpty { words.append(Self.badgeText(badges)) }
            let arrow = style == .resolves ? "---" : "-->"
            let text = words.isEmpty ? "" : "|\"\(words.joined(separator: " "))\"|"
            lines.append("    \(scene.plainAnchor(segment.from)) \(arrow)\(text) \(scene.plainAnchor(segment.to))")
            var css = "stroke:\(style.color),stroke-width:\(badges.isEmpty ? style.penwidth : "2.6")px"
            switch style.style(encrypted: segment.encrypted) {
            case "dashed": css += ",stroke-dasharray:6 4"
            case "dotted": css += ",stroke-dasharray:2 3"
            default: break
            }
            linkStyles.append("    linkStyle \(index) \(css),color:\(style.color)")
        }
    }

}
