import Foundation
import Yams

/// A JSON value read from YAML or JSON text, with YAML scalars typed by their resolved tag.
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(_ node: Node) {
        switch node {
        case .mapping(let m):
            self = .object(Dictionary(m.map { ($0.key.string ?? "", JSONValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
        case .sequence(let s): self = .array(s.map(JSONValue.init))
        case .alias: self = .null
        case .scalar(let s):
            switch node.tag.description {
            case Tag.Name.null.rawValue: self = .null
            case Tag.Name.bool.rawValue: self = .bool(node.bool ?? false)
            case Tag.Name.int.rawValue: self = node.int.map(JSONValue.int) ?? .string(s.string)
            case Tag.Name.float.rawValue: self = .number(node.float ?? 0)
            default: self = .string(s.string)
            }
        }
    }

    static func parse(_ text: String) throws -> JSONValue { JSONValue(try Yams.compose(yaml: text) ?? Node("", Tag(.null))) }
}

/// Validates against the subset of JSON Schema (2020-12) that schemas/topograph-model.schema.json
/// uses. Unknown keywords are errors, so the schema cannot silently outgrow this validator.
struct SchemaValidator {
    let root: JSONValue
    static let annotations: Set = ["$schema", "$id", "title", "description"]
    static let keywords: Set = [
        "type", "properties", "required", "additionalProperties", "enum", "const", "items", "oneOf", "anyOf", "$ref",
        "$defs", "minLength", "minimum", "maximum", "pattern",
    ]

    /// Error messages with JSON-pointer-like paths; empty when `value` is valid.
    func validate(_ value: JSONValue) -> [String] { validate(value, against: root, at: "") }

    private func validate(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        guard case .object(let s) = schema else { return ["\(path): schema is not an object"] }
        var errors: [String] = []
        for key in s.keys where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            errors.append("\(path): unsupported schema keyword '\(key)'")
        }
        if case .string(let ref)? = s["$ref"] { errors += validate(value, against: resolve(ref), at: path) }
        if case .string(let type)? = s["type"], !Self.matches(value, type) { errors.append("\(path): expected \(type)") }
        if case .array(let options)? = s["enum"], !options.contains(value) { errors.append("\(path): not one of the enum values") }
        if let constant = s["const"], constant != value { errors.append("\(path): expected \(constant)") }
        errors += validateString(value, s, path) + validateNumber(value, s, path)
        if case .array(let options)? = s["oneOf"] {
            let passing = options.filter { validate(value, against: $0, at: path).isEmpty }.count
            if passing != 1 { errors.append("\(path): matches \(passing) of oneOf's schemas, expected exactly 1") }
        }
        if case .array(let options)? = s["anyOf"], !options.contains(where: { validate(value, against: $0, at: path).isEmpty }) {
            errors.append("\(path): matches none of anyOf's schemas")
        }
        if case .array(let items) = value, let itemSchema = s["items"] {
            for (i, item) in items.enumerated() { errors += validate(item, against: itemSchema, at: "\(path)/\(i)") }
        }
        if case .object(let object) = value { errors += validateObject(object, s, path) }
        return errors
    }

    private func validateObject(_ object: [String: JSONValue], _ s: [String: JSONValue], _ path: String) -> [String] {
        var errors: [String] = []
        if case .array(let required)? = s["required"] {
            for case .string(let key) in required where object[key] == nil { errors.append("\(path): missing '\(key)'") }
        }
        var properties: [String: JSONValue] = [:]
        if case .object(let p)? = s["properties"] { properties = p }
        for (key, member) in object.sorted(by: { $0.key < $1.key }) {
            if let schema = properties[key] {
                errors += validate(member, against: schema, at: "\(path)/\(key)")
            } else if s["additionalProperties"] == .bool(false) {
                errors.append("\(path): unexpected key '\(key)'")
            } else if let extra = s["additionalProperties"], case .object = extra {
                errors += validate(member, against: extra, at: "\(path)/\(key)")
            }
        }
        return errors
    }

    private func validateString(_ value: JSONValue, _ s: [String: JSONValue], _ path: String) -> [String] {
        guard case .string(let text) = value else { return [] }
        var errors: [String] = []
        if case .int(let min)? = s["minLength"], text.count < min { errors.append("\(path): shorter than \(min)") }
        if case .string(let pattern)? = s["pattern"], text.range(of: pattern, options: .regularExpression) == nil {
            errors.append("\(path): '\(text)' does not match \(pattern)")
        }
        return errors
    }

    private func validateNumber(_ value: JSONValue, _ s: [String: JSONValue], _ path: String) -> [String] {
        guard case .int(let number) = value else { return [] }
        var errors: [String] = []
        if case .int(let min)? = s["minimum"], number < min { errors.append("\(path): below \(min)") }
        if case .int(let max)? = s["maximum"], number > max { errors.append("\(path): above \(max)") }
        return errors
    }

    private func resolve(_ ref: String) -> JSONValue {
        guard ref.hasPrefix("#/$defs/"), case .object(let r) = root, case .object(let defs)? = r["$defs"],
            let target = defs[String(ref.dropFirst("#/$defs/".count))]
        else { return .object(["const": .string("unresolvable \(ref)")]) }
        return target
    }

    static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("integer", .int), ("number", .int), ("number", .number):
            return true
        default: return false
        }
    }
}
