import TopographAnalysis
import TopographModel

extension DiagramRenderer {
    /// The view as a C4-PlantUML deployment diagram: zones and hosts as deployment nodes,
    /// components as containers (databases and caches as container databases), segments as
    /// relationships, tagged with the DOT diagram's colours and line styles.
    public static func c4PlantUML(for architecture: Architecture, findings: [Finding], options: DiagramOptions = DiagramOptions()) -> String
    {
        let scene = DiagramScene(ArchitectureFacts(architecture), view: options.view)
        let overlay = FindingOverlay(findings: findings, enabled: options.showFindings, index: scene.index)
        var builder = C4Builder(scene: scene, overlay: overlay, options: options)
        return builder.build()
    }
}

/// Writes one `@startuml … @enduml` document using the C4-PlantUML standard library.
struct C4Builder {
    let scene: DiagramScene
    let overlay: FindingOverlay
    let options: DiagramOptions
    private var body: [String] = []
    private var elementTags: [String: String] = [:]
    private var relTags: [String: String] = [:]

    init(scene: DiagramScene, overlay: FindingOverlay, options: DiagramOptions) {
        self.scene = scene
        self.overlay = overlay
        self.options = options
    }

    mutating func build() -> String {
        let tree = SceneTree(scene)
        for zone in tree.zones { deploymentNode(zone) }
        for host in tree.unzonedHosts { deploymentNode(host, indent: 0) }
        for component in tree.loose { element(component, indent: 0) }
        relationships()
        let heading = options.title ?? scene.index.architecture.name
        var head = [
            "@startuml", "!include <C4/C4_Deployment>", "",
            "title " + PlantUMLText.escape("\(heading): \(options.view.rawValue) view (\(options.view.summary))"),
            options.rankdir == .leftToRight ? "LAYOUT_LEFT_RIGHT()" : "LAYOUT_TOP_DOWN()",
        ]
        // Finding tags first: C4-PlantUML gives the first-defined tag of an element priority.
        let order = ["error", "warning", "note", "accepted"]
        head += elementTags.keys.sorted { (order.firstIndex(of: $0) ?? 9, $0) < (order.firstIndex(of: $1) ?? 9, $1) }.map {
            "AddElementTag(\"\($0)\", \(elementTags[$0]!))"
        }
        head += relTags.keys.sorted().map { "AddRelTag(\"\($0)\", \(relTags[$0]!))" }
        let tail = options.showLegend ? ["", "SHOW_LEGEND()", "@enduml"] : ["@enduml"]
        return (head + [""] + body + tail).joined(separator: "\n") + "\n"
    }

    private mutating func deploymentNode(_ box: SceneTree.ZoneBox) {
        let zone = box.zone
        let id = PlainIdentifier.make(zone.id.rawValue, prefix: "zone_")
        let tags = findingTag(overlay.badges(for: zone.id)).map { ", $tags=\"\($0)\"" } ?? ""
        let name = zone.displayName + badgeSuffix(overlay.badges(for: zone.id))
        body.append(
            "Deployment_Node(\(id), \"\(PlantUMLText.escape(name))\", \"\(PlantUMLText.escape(SceneTree.kindText(zone) ?? "zone"))\"\(tags)) {"
        )
        for component in box.standalone { element(component, indent: 1) }
        for host in box.hosts { deploymentNode(host, indent: 1) }
        body.append("}")
    }

    private mutating func deploymentNode(_ box: SceneTree.HostBox, indent: Int) {
        let pad = String(repeating: "    ", count: indent)
        let id = PlainIdentifier.make(box.host.id.rawValue, prefix: "host_")
        let badges = overlay.badges(for: box.host.id)
        let tags = findingTag(badges).map { ", $tags=\"\($0)\"" } ?? ""
        body.append(
            "\(pad)Deployment_Node(\(id), \"\(PlantUMLText.escape(box.host.displayName + badgeSuffix(badges)))\", \"host\"\(tags)) {")
        if !box.context.isEmpty {
            let names = box.context.map(\.displayName).joined(separator: " · ")
            let note = box.focus.isEmpty ? scene.view.emptyHostNote : "outside this view"
            let contextID = PlainIdentifier.make(box.host.id.rawValue, prefix: "context_")
            body.append(
                "\(pad)    Container(\(contextID), \"\(PlantUMLText.escape(names))\", \"\(PlantUMLText.escape(note))\", $tags=\"context\")")
            elementTags["context"] =
                "$bgColor=\"\(DiagramStyle.dimmed.fill)\", $fontColor=\"\(DiagramStyle.dimmed.text)\", $borderColor=\"\(DiagramStyle.dimmed.border)\", $legendText=\"outside this view\""
        }
        for component in box.focus { element(component, indent: indent + 1) }
        body.append("\(pad)}")
    }

    private mutating func element(_ component: Component, indent: Int) {
        let dim = scene.dimmed.contains(component.id)
        let details = ComponentDetails.lines(
            for: component, index: scene.index, view: scene.view, multiplicity: options.multiplicity,
            roles: scene.facts.failoverRoles)
        let badges = dim ? [] : overlay.badges(for: component.id)
        let macro: String
        switch component.spec {
        case .database, .cache: macro = "ContainerDb"
        case .client: macro = "Person_Ext"
        case .monitoringPlatform(let spec): macro = spec.saas ? "Container_Ext" : "Container"
        case .dnsRecord, .firewall, .loadBalancer, .webServer, .appServer, .monitoringAgent, .generic, .bastion, .vpnGateway,
            .virtualIP, .cdn, .waf, .messageQueue, .objectStorage:
            macro = "Container"
        }
        let look = DiagramStyle.look(for: component)
        let kindTag = dim ? "context" : component.kind.rawValue
        if !dim {
            elementTags[kindTag] =
                "$bgColor=\"\(look.fill)\", $fontColor=\"\(DiagramStyle.ink)\", $borderColor=\"\(look.border)\", $legendText=\"\(PlantUMLText.escape(component.kind.title))\""
        }
        let tags = ([findingTag(badges)].compactMap { $0 } + [kindTag]).joined(separator: "+")
        let name = PlantUMLText.escape(component.displayName + badgeSuffix(badges))
        let techn = PlantUMLText.escape(details.first ?? "")
        let descr = PlantUMLText.escape((dim ? [] : details.dropFirst()).joined(separator: "\n"))
        // Person_Ext takes (alias, label, descr): the kind line is its description.
        let args = macro == "Person_Ext" ? "\"\(name)\", \"\(techn)\"" : "\"\(name)\", \"\(techn)\", \"\(descr)\""
        let id = PlainIdentifier.make(component.id.rawValue, prefix: "n_")
        body.append(String(repeating: "    ", count: indent) + "\(macro)(\(id), \(args), $tags=\"\(tags)\")")
    }

    private func badgeSuffix(_ badges: [Badge]) -> String {
        badges.isEmpty ? "" : " " + badges.map { ($0.active ? "⚠#" : "✓#") + "\($0.number)" }.joined(separator: " ")
    }

    /// The worst active finding's severity as a tag (outline colour), "accepted" when only
    /// accepted ones remain.
    private mutating func findingTag(_ badges: [Badge]) -> String? {
        guard !badges.isEmpty else { return nil }
        let worst = badges.filter(\.active).max { $0.severity < $1.severity }
        let name = worst.map { "\($0.severity)" } ?? "accepted"
        let color = FindingOverlay.outline(badges)!
        elementTags[name] =
            "$borderColor=\"\(color)\", $borderThickness=\"3\", $legendText=\"\(name == "accepted" ? "accepted risk" : "finding: \(name)")\""
        return name
    }

    private mutating func relationships() {
        for segment in FlowRouter(scene: scene).segments() {
            let style = segment.edgeClass
            let badges = segment.labelled && style != .resolves ? overlay.badges(for: segment.flows) : []
            let words = segment.labelled && style != .resolves ? DiagramBuilder.labelText(segment, index: scene.index) : ""
            // Only replication changes its line with encryption (dashed when plaintext).
            let tag = style == .replication && !segment.encrypted ? "replicationPlaintext" : "\(style)"
            let line: String
            switch style.style(encrypted: segment.encrypted) {
            case "dashed": line = ", $lineStyle=DashedLine()"
            case "dotted": line = ", $lineStyle=DottedLine()"
            default: line = ""
            }
            relTags[tag] =
                "$textColor=\"\(style.color)\", $lineColor=\"\(style.color)\"\(line), $legendText=\"\(PlantUMLText.escape(style.legend.text))\""
            let label = PlantUMLText.escape(words + badgeSuffix(badges))
            body.append("Rel(\(scene.plainAnchor(segment.from)), \(scene.plainAnchor(segment.to)), \"\(label)\", $tags=\"\(tag)\")")
        }
    }

}
