import Foundation

/// A compact JSON Schema (draft-04) validator for the keywords the SARIF 2.1.0 schema uses: type,
/// properties, required, additionalProperties, patternProperties, enum, items, minItems, uniqueItems,
/// pattern, minimum, maximum, `$ref` to `#/definitions/...`, anyOf, oneOf, allOf. `format`,
/// `default`, `description` and `title` do not constrain.
struct JSONSchemaValidator {
    let root: JSONValue

    /// Every violation, each as `path: what`; empty when the instance is valid.
    func errors(in instance: JSONValue) -> [String] { check(instance, against: root, at: "$") }

    func check(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        guard let schema = schema.object else { return [] }
        if let ref = schema["$ref"]?.string { return check(value, against: resolve(ref), at: path) }
        var errors: [String] = []
        if let type = schema["type"], !matches(value, type: type) { errors.append("\(path): not of type \(type)") }
        if let options = schema["enum"]?.array, !options.contains(value) { errors.append("\(path): not in enum") }
        errors += checkCombinators(value, schema, path)
        switch value {
        case .object(let object): errors += checkObject(object, schema, path)
        case .array(let array): errors += checkArray(array, schema, path)
        case .string(let string): errors += checkString(string, schema, path)
        case .number(let number): errors += checkNumber(number, schema, path)
        default: break
        }
        return errors
    }

    func resolve(_ ref: String) -> JSONValue {
        precondition(ref.hasPrefix("#/"), "only local references are supported: \(ref)")
        return ref.dropFirst(2).split(separator: "/").reduce(root) { node, key in node[String(key)] ?? .null }
    }

    func matches(_ value: JSONValue, type: JSONValue) -> Bool {
        if let types = type.array { return types.contains { matches(value, type: $0) } }
        switch (type.string, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("number", .number):
            return true
        case ("integer", .number(let n)): return n.rounded() == n
        default: return false
        }
    }

    func checkCombinators(_ value: JSONValue, _ schema: [String: JSONValue], _ path: String) -> [String] {
        var errors: [String] = []
        for sub in schema["allOf"]?.array ?? [] { errors += check(value, against: sub, at: path) }
        if let anyOf = schema["anyOf"]?.array, !anyOf.contains(where: { check(value, against: $0, at: path).isEmpty }) {
            errors.append("\(path): matches none of anyOf")
        }
        if let oneOf = schema["oneOf"]?.array {
            let count = oneOf.filter { check(value, against: $0, at: path).isEmpty }.count
            if count != 1 { errors.append("\(path): matches \(count) of oneOf, not exactly 1") }
        }
        return errors
    }

    func checkObject(_ object: [String: JSONValue], _ schema: [String: JSONValue], _ path: String) -> [String] {
        var errors: [String] = []
        for key in schema["required"]?.array?.compactMap(\.string) ?? [] where object[key] == nil {
            errors.append("\(path): missing required '\(key)'")
        }
        let properties = schema["properties"]?.object ?? [:]
        let patterns = schema["patternProperties"]?.object ?? [:]
        for (key, value) in object.sorted(by: { $0.key < $1.key }) {
            var matched = false
            if let sub = properties[key] {
                matched = true
                errors += check(value, against: sub, at: "\(path).\(key)")
            }
            for (pattern, sub) in patterns where key.range(of: pattern, options: .regularExpression) != nil {
                matched = true
                errors += check(value, against: sub, at: "\(path).\(key)")
            }
            guard !matched, let additional = schema["additionalProperties"] else { continue }
            if additional == .bool(false) {
                errors.append("\(path): unexpected property '\(key)'")
            } else {
                errors += check(value, against: additional, at: "\(path).\(key)")
            }
        }
        return errors
    }

    func checkArray(_ array: [JSONValue], _ schema: [String: JSONValue], _ path: String) -> [String] {
        var errors: [String] = []
        if let min = schema["minItems"]?.number, Double(array.count) < min { errors.append("\(path): fewer than \(Int(min)) items") }
        if schema["uniqueItems"] == .bool(true) {
            for (index, item) in array.enumerated() where array[..<index].contains(item) {
                errors.append("\(path)[\(index)]: duplicate item")
            }
        }
        if let items = schema["items"] {
            for (index, item) in array.enumerated() { errors += check(item, against: items, at: "\(path)[\(index)]") }
        }
        return errors
    }

    func checkString(_ string: String, _ schema: [String: JSONValue], _ path: String) -> [String] {
        guard let pattern = schema["pattern"]?.string, string.range(of: pattern, options: .regularExpression) == nil
        else { return [] }
        return ["\(path): '\(string)' does not match \(pattern)"]
    }

    func checkNumber(_ number: Double, _ schema: [String: JSONValue], _ path: String) -> [String] {
        var errors: [String] = []
        if let min = schema["minimum"]?.number, number < min { errors.append("\(path): \(number) < minimum \(min)") }
        if let max = schema["maximum"]?.number, number > max { errors.append("\(path): \(number) > maximum \(max)") }
        return errors
    }
}
