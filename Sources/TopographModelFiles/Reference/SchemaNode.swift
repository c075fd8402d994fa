import Foundation

/// A JSON Schema node read with `JSONSerialization`.
struct SchemaNode {
    let value: [String: Any]
    private let root: [String: Any]

    init(json: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        value = object
        root = object
    }

    private init(_ value: [String: Any], root: [String: Any]) {
        self.value = value
        self.root = root
    }

    func string(_ key: String) -> String? { value[key] as? String }
    func strings(_ key: String) -> [String] { value[key] as? [String] ?? [] }
    func child(_ key: String) -> SchemaNode? { (value[key] as? [String: Any]).map { SchemaNode($0, root: root) } }
    func children(_ key: String) -> [SchemaNode] {
        (value[key] as? [[String: Any]] ?? []).map { SchemaNode($0, root: root) }
    }

    /// `$defs/name`.
    func definition(_ name: String) -> SchemaNode {
        SchemaNode((root["$defs"] as? [String: Any])?[name] as? [String: Any] ?? [:], root: root)
    }

    /// Properties, identity first (`id`, `name`, `kind`), then by name: the same order on every machine.
    var properties: [(String, SchemaNode)] {
        guard let props = value["properties"] as? [String: Any] else { return [] }
        let first = ["id", "name", "kind"]
        let names = first.filter { props[$0] != nil } + props.keys.filter { !first.contains($0) }.sorted()
        return names.compactMap { name in (props[name] as? [String: Any]).map { (name, SchemaNode($0, root: root)) } }
    }

    func removing(_ names: [String]) -> SchemaNode {
        var copy = value
        if var props = copy["properties"] as? [String: Any] {
            for name in names { props[name] = nil }
            copy["properties"] = props
        }
        return SchemaNode(copy, root: root)
    }
}
