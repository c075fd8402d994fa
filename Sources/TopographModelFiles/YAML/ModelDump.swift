import Foundation
import TopographModel
import Yams

/// The normalised text forms of a model: pretty JSON with sorted keys, and YAML built from that
/// same JSON with a fixed, readable key order. Both load back to an equal architecture.
public enum ModelDump {
    /// Pretty JSON with sorted keys; source locations only when `locations` is true.
    public static func json(_ architecture: Architecture, locations: Bool = false) throws -> String {
        var architecture = architecture
        if !locations { architecture.sources = SourceMap() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(architecture), as: UTF8.self)
        return escapeYAMLLineBreaks(compactEmptyCollections(text)) + "\n"
    }

    /// YAML parsers fold NEL, LS and PS inside strings like newlines; JSON allows them raw, so they
    /// are escaped to keep the JSON dump loadable by the YAML loader. They can only occur in strings.
    static func escapeYAMLLineBreaks(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}":
                out.append(contentsOf: "\\u\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Foundation prints an empty array as `[`, a blank line and `]`; JSON strings cannot hold a raw
    /// newline, so collapsing that pattern never touches model text.
    static func compactEmptyCollections(_ json: String) -> String {
        json.replacing(/\[\n[ ]*\n[ ]*\]/, with: "[]").replacing(/\{\n[ ]*\n[ ]*\}/, with: "{}")
    }

    /// YAML with the same content as `json`, keys in `keyOrder`: identity first, then the rest.
    public static func yaml(_ architecture: Architecture, locations: Bool = false) throws -> String {
        let json = try json(architecture, locations: locations)
        // JSON is YAML: composing it keeps scalar types (quoted strings stay strings).
        guard let node = try Yams.compose(yaml: json) else { return "{}\n" }
        return YAMLWriter.write(reordered(node, path: []))
    }

    /// Keys every mapping shows first, in this order; the others follow sorted, `sources` last.
    static let keyOrder = [
        "id", "name", "kind", "description", "domain", "zones", "hosts", "components", "certificates", "flows",
        "acceptedRisks", "from", "to", "protocol", "port",
    ]

    private static func reordered(_ node: Yams.Node, path: [String]) -> Yams.Node {
        switch node {
        case .mapping(let mapping):
            // `sources` maps element ids to locations: its keys are data, kept sorted.
            let inSources = path.last == "sources"
            let pairs = mapping.map { (key: $0.key, value: reordered($0.value, path: path + [$0.key.string ?? ""])) }
            let sorted = inSources ? pairs : pairs.sorted { rank($0.key.string ?? "") < rank($1.key.string ?? "") }
            return .mapping(Yams.Node.Mapping(sorted.map { ($0.key, $0.value) }))
        case .sequence(let sequence):
            return .sequence(Yams.Node.Sequence(sequence.map { reordered($0, path: path) }))
        default:
            return node
        }
    }

    private static func rank(_ key: String) -> (Int, String) {
        if key == "sources" { return (keyOrder.count + 1, key) }
        return (keyOrder.firstIndex(of: key) ?? keyOrder.count, key)
    }
}
