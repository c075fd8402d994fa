import TopographModel

/// The diff as a Graphviz diagram of both versions at once: added elements green, removed red and
/// dashed, changed amber (with the changed fields), unchanged grey.
struct DiffDOT {
    let diff: ArchitectureDiff
    let old: Architecture
    let new: Architecture

    static func render(_ diff: ArchitectureDiff, old: Architecture, new: Architecture) -> String {
        DiffDOT(diff: diff, old: old, new: new).render()
    }

    func render() -> String {
        var out = "digraph \(quote("diff")) {\n"
        out += "  graph [rankdir=LR, compound=true, fontname=\"DejaVu Sans\", fontsize=12, labelloc=t, "
        out += "label=\(quote("\(diff.oldName) → \(diff.newName)")), nodesep=0.3, ranksep=0.6];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n"
        let components = union(old.components, new.components, id: \.id)
        let hosts = union(old.hosts, new.hosts, id: \.id)
        for zone in union(old.zones, new.zones, id: \.id) {
            out += cluster(
                "zone", id: zone.id.rawValue, label: "\(zone.displayName) (\(zone.kind.rawValue))", status: status(.zone, zone.id),
                indent: "  "
            ) { indent in
                var body = ""
                for host in hosts where host.zone == zone.id {
                    body += cluster("host", id: host.id.rawValue, label: host.displayName, status: status(.host, host.id), indent: indent) {
                        inner in
                        components.filter { $0.host == host.id }.map { node($0, indent: inner) }.joined()
                    }
                }
                body += components.filter { $0.host == nil && $0.zone == zone.id }.map { node($0, indent: indent) }.joined()
                return body
            }
        }
        let zoneIDs = Set(union(old.zones, new.zones, id: \.id).map(\.id))
        for host in hosts where host.zone.map({ !zoneIDs.contains($0) }) ?? true {
            out += cluster("host", id: host.id.rawValue, label: host.displayName, status: status(.host, host.id), indent: "  ") { inner in
                components.filter { $0.host == host.id }.map { node($0, indent: inner) }.joined()
            }
        }
        let hostIDs = Set(hosts.map(\.id))
        out += components.filter { c in
            c.host.map { !hostIDs.contains($0) } ?? c.zone.map { !zoneIDs.contains($0) } ?? true
        }.map { node($0, indent: "  ") }.joined()
        out += union(old.flows, new.flows, id: \.id).map(edge).joined()
        out += legend()
        return out + "}\n"
    }

    private func status(_ category: ArchitectureDiff.Category, _ id: ElementID) -> ArchitectureDiff.ElementChange? {
        diff.changes.first { $0.category == category && $0.id == id.rawValue }
    }

    private func cluster(
        _ prefix: String, id: String, label: String, status: ArchitectureDiff.ElementChange?, indent: String,
        body: (String) -> String
    ) -> String {
        let style = Style(status?.status)
        var out = "\(indent)subgraph \(quote("cluster_\(prefix)_\(id)")) {\n"
        out += "\(indent)  label=\(quote(label + style.suffix)); color=\(quote(style.color)); fontcolor=\(quote(style.color)); "
        out += "style=\(quote(style.dashed ? "rounded,dashed" : "rounded"));\n"
        out += body(indent + "  ")
        return out + "\(indent)}\n"
    }

    private func node(_ component: Component, indent: String) -> String {
        let change = status(.component, component.id)
        let style = Style(change?.status)
        var label = "\(component.displayName)\n\(component.kind.title)"
        if let software = component.software { label += "\n\(software)" }
        if let change, change.status == .changed {
            // Top-level fields only ("tls", not "tls.mode"): a label, not the full report.
            var seen: Set<String> = []
            let fields = change.fields.compactMap { $0.field.split(whereSeparator: { ".[".contains($0) }).first.map(String.init) }
                .filter { seen.insert($0).inserted }
            label += "\nchanged: " + fields.prefix(4).joined(separator: ", ") + (fields.count > 4 ? ", …" : "")
        }
        return "\(indent)\(quote(component.id.rawValue)) [label=\(quote(label + style.suffix)), color=\(quote(style.color)), "
            + "fillcolor=\(quote(style.fill)), fontcolor=\(quote(style.font)), style=\(quote(style.dashed ? "rounded,filled,dashed" : "rounded,filled"))\(style.penwidth)];\n"
    }

    private func edge(_ flow: Flow) -> String {
        let style = Style(status(.flow, flow.id)?.status)
        let label = flow.protocol + (flow.port.map { " \($0)" } ?? "") + (flow.purpose == .request ? "" : " \(flow.purpose.rawValue)")
        return
            "  \(quote(flow.from.rawValue)) -> \(quote(flow.to.rawValue)) [label=\(quote(label + style.suffix)), color=\(quote(style.color)), "
            + "fontcolor=\(quote(style.font))\(style.dashed ? ", style=dashed" : "")\(style.penwidth)];\n"
    }

    private func legend() -> String {
        var out =
            "  subgraph \(quote("cluster_legend")) {\n    label=\"legend\"; color=\"#999999\"; fontcolor=\"#555555\"; style=rounded;\n"
        for status in [ArchitectureDiff.Status.added, .removed, .changed] {
            let style = Style(status)
            out +=
                "    \(quote("legend_\(status.rawValue)")) [label=\(quote(status.rawValue)), color=\(quote(style.color)), "
                + "fillcolor=\(quote(style.fill)), fontcolor=\(quote(style.font)), style=\(quote(style.dashed ? "rounded,filled,dashed" : "rounded,filled"))];\n"
        }
        return out + "  }\n"
    }

    /// Both versions' elements: the new version's (its order and values), then the removed ones.
    private func union<T>(_ old: [T], _ new: [T], id: (T) -> ElementID) -> [T] {
        let newIDs = Set(new.map(id))
        return new + old.filter { !newIDs.contains(id($0)) }
    }

    /// A DOT quoted string: backslashes and quotes escaped, newlines as DOT's centred line break.
    func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            default: out.append(character)
            }
        }
        return out + "\""
    }
}

/// Colours per status: green added, red dashed removed, amber changed, grey unchanged.
private struct Style {
    var color = "#777777", fill = "#ffffff", font = "#333333", dashed = false, suffix = "", penwidth = ""

    init(_ status: ArchitectureDiff.Status?) {
        switch status {
        case .added?: (color, fill, font, suffix, penwidth) = ("#2e7d32", "#e8f5e9", "#1b5e20", " (+)", ", penwidth=2")
        case .removed?: (color, fill, font, dashed, suffix, penwidth) = ("#c62828", "#ffebee", "#b71c1c", true, " (−)", ", penwidth=2")
        case .changed?: (color, fill, font, suffix, penwidth) = ("#ef8f00", "#fff3e0", "#8a5300", " (~)", ", penwidth=2")
        case nil: break
        }
    }
}
