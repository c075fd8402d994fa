import Foundation
import TopographModel
import Yams

/// A YAML node plus the file it came from, read strictly: every mapping declares its allowed keys,
/// and any other key, wrong type or missing value is an error at its line and column.
struct StrictYAML {
    let node: Node
    let file: String

    /// Parses `text`; a syntax error or an empty document is reported at its position in `file`.
    static func parse(_ text: String, file: String) throws -> StrictYAML {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ModelError([
                    ModelDiagnostic(
                        "\(file) is empty", at: SourceLocation(file: file, line: 1),
                        hint: "run `topograph init` for a starter configuration")
                ])
            }
            return StrictYAML(node: node, file: file)
        } catch let error as YamlError {
            throw ModelError([Self.diagnostic(for: error, file: file)])
        }
    }

    private static func diagnostic(for error: YamlError, file: String) -> ModelDiagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ModelDiagnostic("invalid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ModelDiagnostic(
                "duplicate key '\(duplicates.joined(separator: "', '"))'",
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        default:
            return ModelDiagnostic("invalid YAML: \(error)", at: SourceLocation(file: file, line: 1))
        }
    }

    /// Where this node starts.
    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ message: String, hint: String? = nil) -> ModelError {
        ModelError([ModelDiagnostic(message, at: location, hint: hint)])
    }

    /// The mapping's entries, after checking every key is one of `allowed`.
    func mapping(named what: String, allowed: [String]) throws -> [String: StrictYAML] {
        guard case .mapping(let mapping) = node else { throw error("\(what) must be a mapping") }
        var entries: [String: StrictYAML] = [:]
        for (key, value) in mapping {
            let child = StrictYAML(node: key, file: file)
            guard let name = key.scalar?.string else { throw child.error("keys of \(what) must be plain names") }
            guard allowed.contains(name) else {
                throw child.error(
                    "unknown key '\(name)' in \(what)",
                    hint: "allowed keys: \(allowed.joined(separator: ", "))")
            }
            entries[name] = StrictYAML(node: value, file: file)
        }
        return entries
    }

    /// The sequence's items; a single scalar is accepted as a one-item list.
    func sequence(named what: String) throws -> [StrictYAML] {
        switch node {
        case .sequence(let items): return items.map { StrictYAML(node: $0, file: file) }
        case .scalar: return [self]
        default: throw error("\(what) must be a list")
        }
    }

    func string(named what: String) throws -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else { throw error("\(what) must be a non-empty string") }
        return scalar.string
    }

    func bool(named what: String) throws -> Bool {
        guard let value = node.bool else { throw error("\(what) must be true or false") }
        return value
    }

    func double(named what: String) throws -> Double {
        guard let value = node.float, value > 0 else { throw error("\(what) must be a positive number") }
        return value
    }

    /// A value from a closed set, e.g. a severity or a view name.
    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, named what: String) throws -> T where T.RawValue == String {
        let text = try string(named: what)
        guard let value = T(rawValue: text) else {
            throw error(
                "'\(text)' is not a valid \(what)",
                hint: "use one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// True for the scalar `false`, used to switch off a section a `defaults` block turned on.
    var isFalse: Bool { node.bool == false }
}
