import TopographModel

/// Ids for diagram languages that accept only letters, digits and `_` (Mermaid, PlantUML).
enum PlainIdentifier {
    /// One-to-one with `raw`: letters and digits stay, `_` doubles, anything else becomes
    /// `_<hex>_`. The prefix keeps every id clear of keywords (Mermaid's `end`, ids starting
    /// with the `o`/`x` that turn `-->` into another arrow).
    static func make(_ raw: String, prefix: String) -> String {
        var out = prefix
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": out.unicodeScalars.append(scalar)
            case "_": out += "__"
            default: out += "_\(String(scalar.value, radix: 16))_"
            }
        }
        return out
    }
}

extension DiagramScene {
    /// The plain id an edge to `id` attaches to: its node, its host's grey node when collapsed, or
    /// the subgraph of a host or zone (Mermaid and PlantUML both link to a group by its id).
    func plainAnchor(_ id: ElementID) -> String {
        if index.hosts[id] != nil { return PlainIdentifier.make(id.rawValue, prefix: "host_") }
        if index.zones[id] != nil { return PlainIdentifier.make(id.rawValue, prefix: "zone_") }
        if collapsed(id), let host = index.components[id]?.host { return PlainIdentifier.make(host.rawValue, prefix: "context_") }
        return PlainIdentifier.make(id.rawValue, prefix: "n_")
    }
}
