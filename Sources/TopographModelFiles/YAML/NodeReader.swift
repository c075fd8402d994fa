import TopographModel

/// Reads a composed YAML tree into typed values, collecting every mistake instead of stopping at
/// the first, each with the file, line and column of the offending node.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [ModelDiagnostic] = []
    /// How many mapping entries and list items may still be read. Without aliases a file holds
    /// fewer values than bytes; aliases nested in aliases can expand a small file exponentially.
    private var budget: Int
    /// Set once the budget ran out: every read then returns nothing, so decoding ends quickly.
    private(set) var exhausted = false

    init(file: String, budget: Int = 100_000) {
        self.file = file
        self.budget = budget
    }

    /// Takes `count` values from the budget; false (with one diagnostic) once it is spent.
    private func spend(_ count: Int, at node: Node) -> Bool {
        guard !exhausted else { return false }
        budget -= count
        guard budget < 0 else { return true }
        exhausted = true
        diagnostics = [
            ModelDiagnostic(
                "the model expands to too many values to be a design (YAML aliases repeated inside each other?)",
                at: location(node), hint: "write repeated parts out, or split the model")
        ]
        return false
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
    }

    func error(_ message: String, at node: Node, element: ElementID? = nil, hint: String? = nil) {
        guard !exhausted else { return }
        diagnostics.append(ModelDiagnostic(message, at: location(node), element: element, hint: hint))
    }

    /// Checks that `node` is a mapping whose keys are all `allowed` and include every `required` one.
    func fields(_ node: Node, _ what: @autoclosure () -> String, allowed: [String], required: [String] = []) -> Fields? {
        guard !exhausted else { return nil }
        guard case .mapping(let mapping) = node else {
            error("expected a mapping for \(what()), found \(describe(node))", at: node)
            return nil
        }
        guard spend(mapping.count, at: node) else { return nil }
        // A handful of keys per mapping: a list searched in order beats hashing into a dictionary.
        var values: [(key: String, value: Node)] = []
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, !isNull(key) else {
                error("expected a text key in \(what()), found \(describe(key))", at: key)
                continue
            }
            guard allowed.contains(scalar.string) else {
                let hint = Suggestion.closest(to: scalar.string, in: allowed).map { "did you mean '\($0)'?" }
                error(
                    "unknown key '\(scalar.string)' in \(what()); valid keys: \(allowed.joined(separator: ", "))",
                    at: key, hint: hint)
                continue
            }
            values.removeAll { $0.key == scalar.string }
            values.append((scalar.string, value))
        }
        for name in required {
            if let index = values.firstIndex(where: { $0.key == name }) {
                if isNull(values[index].value) { error("'\(name)' in \(what()) must have a value", at: values[index].value) }
            } else {
                error("\(what()) is missing required key '\(name)'", at: node)
            }
        }
        values.removeAll { isNull($0.value) }
        return Fields(node: node, values: values)
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.tag == .null
    }

    /// A human description of a node's type, for "expected X, found Y" messages.
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            switch scalar.tag {
            case .null: return "nothing (null)"
            case .bool: return "the boolean '\(scalar.string)'"
            case .int, .float: return "the number '\(scalar.string)'"
            case .str, .merge, .timestamp, .value, .map, .seq, .other: return "the text '\(scalar.string)'"
            }
        }
    }

    /// Text values accept any scalar as written, so `version: 8.0` reads as "8.0", not a number.
    func string(_ node: Node?, _ what: @autoclosure () -> String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, !isNull(node) else {
            error("expected text for \(what()), found \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    func id(_ node: Node?, _ what: @autoclosure () -> String) -> ElementID? {
        guard let text = string(node, what()) else { return nil }
        guard !text.isEmpty else {
            error("\(what()) must not be empty", at: node!)
            return nil
        }
        return ElementID(text)
    }

    func int(_ node: Node?, _ what: @autoclosure () -> String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, isInteger(node, scalar),
            let value = Int(scalar.string) ?? node.int  // Yams' reading of 0x1F, 0o17, 1_000; slower
        else {
            error("expected an integer for \(what()), found \(describe(node))", at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error("\(what()) must be between \(range.lowerBound) and \(range.upperBound), found \(value)", at: node)
            return nil
        }
        return value
    }

    private func isInteger(_ node: Node, _ scalar: Node.Scalar) -> Bool { scalar.tag == .int }
    private func isNumber(_ tag: YAMLTag) -> Bool { tag == .int || tag == .float }

    /// A number written as an integer or a decimal (`99.95`, `100`).
    func number(_ node: Node?, _ what: @autoclosure () -> String) -> Double? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, isNumber(scalar.tag),
            let value = Double(String(scalar.string.filter { $0 != "_" })), value.isFinite
        else {
            error("expected a number for \(what()), found \(describe(node))", at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node?, _ what: @autoclosure () -> String) -> Bool? {
        guard let node else { return nil }
        guard let value = node.bool else {
            error("expected true or false for \(what()), found \(describe(node))", at: node)
            return nil
        }
        return value
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ node: Node?, _ what: @autoclosure () -> String) -> E?
    where E.RawValue == String {
        guard let text = string(node, what()) else { return nil }
        if let value = E(rawValue: text) { return value }
        let valid = E.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: text, in: valid).map { "did you mean '\($0)'?" }
        error("'\(text)' is not a valid \(what()); valid values: \(valid.joined(separator: ", "))", at: node!, hint: hint)
        return nil
    }

    /// The items of a list, or nil (with a diagnostic) when the node is something else.
    func list(_ node: Node?, _ what: @autoclosure () -> String) -> [Node]? {
        guard let node, !exhausted else { return nil }
        guard case .sequence(let sequence) = node else {
            error("expected a list for \(what()), found \(describe(node))", at: node)
            return nil
        }
        guard spend(sequence.count, at: node) else { return nil }
        return Array(sequence)
    }

    func ids(_ node: Node?, _ what: @autoclosure () -> String) -> [ElementID]? {
        list(node, what()).map { $0.compactMap { id($0, "an item of \(what())") } }
    }

    func strings(_ node: Node?, _ what: @autoclosure () -> String) -> [String]? {
        list(node, what()).map { $0.compactMap { string($0, "an item of \(what())") } }
    }
}

/// The checked keys of one mapping, in document order; explicit nulls read as absent.
struct Fields {
    let node: Node
    let values: [(key: String, value: Node)]

    subscript(key: String) -> Node? { values.first { $0.key == key }?.value }
}
