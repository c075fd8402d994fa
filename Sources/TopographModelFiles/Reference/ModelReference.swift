import Foundation
import TopographModel

/// `docs/model.md`: every kind, field, protocol and default port, generated from the JSON Schema
/// (the fields, checked against the loader by a test), the kinds' own summaries and the protocol
/// table, so the reference cannot drift from what loads. A test keeps the file fresh.
public enum ModelReference {
    /// The Markdown reference for `schema` (the text of `schemas/topograph-model.schema.json`).
    public static func markdown(schema: Data) throws -> String {
        let root = try SchemaNode(json: schema)
        var out = [header]
        out.append(section("Top-level keys", fields(root, root)))
        for (title, def) in [("Zones", "zone"), ("Hosts", "host"), ("Certificates", "certificate"), ("Flows", "flow")] {
            out.append(section(title, fields(root.definition(def), root)))
        }
        out.append(componentSection(root))
        out.append(ModelSemantics.markdown)
        out.append(protocolSection())
        return out.joined(separator: "\n\n") + "\n"
    }

    static let header = """
        # Model reference

        <!-- Generated from the JSON Schema, the component kinds and the protocol table. Do not edit: a test keeps it fresh (TOPOGRAPH_RECORD=1 regenerates it). -->

        Every element, field, component kind and protocol a model may use, in the file form (YAML or
        JSON; `schemas/topograph-model.schema.json`). The Swift DSL has the same vocabulary: each kind is
        a type of the same name (`LoadBalancer(...)`, `VirtualIP(...)`), fields are its arguments.
        """

    static func section(_ title: String, _ body: String) -> String { "## \(title)\n\n\(body)" }

    /// A table of a definition's fields: name, type, required, description.
    static func fields(_ def: SchemaNode, _ root: SchemaNode) -> String {
        let required = Set(def.strings("required"))
        var rows = ["| Field | Type | Required | Meaning |", "| --- | --- | --- | --- |"]
        for (name, node) in def.properties {
            let meaning = node.string("description") ?? ""
            rows.append("| `\(name)` | \(type(of: node, root)) | \(required.contains(name) ? "yes" : "") | \(cell(meaning)) |")
        }
        return rows.joined(separator: "\n")
    }

    /// `string`, `list of id`, `one of: a, b`, `failureDomain` (a link to its table).
    static func type(of node: SchemaNode, _ root: SchemaNode) -> String {
        if let ref = node.string("$ref") { return refName(ref) }
        if let constant = node.string("const") { return "`\(constant)`" }
        let values = node.strings("enum")
        if !values.isEmpty { return "one of " + values.map { "`\($0)`" }.joined(separator: ", ") }
        switch node.string("type") {
        case "array": return "list of " + (node.child("items").map { type(of: $0, root) } ?? "values")
        case "object":
            return node.properties.isEmpty ? "mapping" : "mapping: " + node.properties.map { "`\($0.0)`" }.joined(separator: ", ")
        case let t?: return t
        case nil:
            let options = node.children("oneOf")
            return options.isEmpty ? "any" : options.map { type(of: $0, root) }.joined(separator: " or ")
        }
    }

    static func refName(_ ref: String) -> String {
        let name = String(ref.split(separator: "/").last ?? "")
        switch name {
        case "id": return "id"
        case "component": return "[component](#components)"
        case "zone", "host", "certificate", "flow": return "[\(name)](#\(name)s)"
        default: return "[\(name)](#\(name.lowercased()))"
        }
    }

    /// Component fields every kind shares, then one subsection per kind with its own configuration.
    static func componentSection(_ root: SchemaNode) -> String {
        var parts = [
            "## Components",
            "Every component has these fields; `kind` picks the kind, and a key named after the kind holds its configuration.",
            fields(root.definition("webServerComponent").removing(["kind"]), root),
        ]
        for kind in ComponentKind.allCases.sorted(by: { $0.title.lowercased() < $1.title.lowercased() }) {
            var text = "### `\(kind.rawValue)`: \(kind.title)\n\n\(kind.summary)"
            if ArchitectureDecoder.specKind(for: kind) != nil {
                let spec = root.definition("\(kind.rawValue)Spec")
                text += "\n\nConfiguration under `\(kind.rawValue):`\n\n" + fields(spec, root)
            } else {
                text += "\n\nIt has no configuration key."
            }
            parts.append(text)
        }
        for def in ["software", "tls", "firewallRule", "failureDomain", "availability", "acceptedRisk", "elementRisk"] {
            parts.append("### \(def)\n\n" + fields(root.definition(def), root))
        }
        return parts.joined(separator: "\n\n")
    }

    static func protocolSection() -> String {
        var rows = [
            "## Protocols and default ports",
            "A flow's `port` and `encrypted` default from this table; `X+tls` not listed is `X` with TLS. A flow whose port can be neither given nor derived is a model error; only local protocols (no network) have no port.",
            "| Protocol | Also written | Port | Transport | Encrypted | Meaning |\n| --- | --- | --- | --- | --- | --- |",
        ]
        let lines = ProtocolTable.all.map { p in
            let port = p.local ? "none (local)" : p.port.map(String.init) ?? "give one"
            let aliases = p.aliases.map { "`\($0)`" }.joined(separator: ", ")
            return "| `\(p.name)` | \(aliases) | \(port) | \(p.transport.rawValue) | \(p.encrypted ? "yes" : "no") | \(cell(p.summary)) |"
        }
        rows[2] += "\n" + lines.joined(separator: "\n")
        return rows.joined(separator: "\n\n")
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
