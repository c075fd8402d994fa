import Foundation
import Yams

/// Turns an encodable value into `field.path -> value` leaves, so two versions of an element compare
/// field by field without a hand-written diff per type: `tls.mode`, `loadBalancer.backends`,
/// `firewall.rules[1].ports`. Lists of plain values are one leaf (`[web-1, web-2]`).
enum FieldFlattener {
    /// The fields whose values differ, in the order of the new value's fields, then removed fields.
    static func diff<T: Encodable>(_ old: T, _ new: T) -> [ArchitectureDiff.FieldChange] {
        let before = leaves(of: old)
        let after = leaves(of: new)
        let oldValues = Dictionary(before, uniquingKeysWith: { first, _ in first })
        let newValues = Dictionary(after, uniquingKeysWith: { first, _ in first })
        var changes: [ArchitectureDiff.FieldChange] = []
        for (field, value) in after where oldValues[field] != value {
            changes.append(.init(field: field, old: oldValues[field], new: value))
        }
        for (field, value) in before where newValues[field] == nil {
            changes.append(.init(field: field, old: value, new: nil))
        }
        return changes
    }

    /// The leaves of `value` in encoding order.
    static func leaves<T: Encodable>(of value: T) -> [(String, String)] {
        guard let yaml = try? YAMLEncoder().encode(value), let node = try? Yams.compose(yaml: yaml) else { return [] }
        var result: [(String, String)] = []
        flatten(node, path: "", into: &result)
        return result
    }

    private static func flatten(_ node: Node, path: String, into result: inout [(String, String)]) {
        switch node {
        case .scalar(let scalar):
            result.append((path, scalar.string))
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? "?"
                flatten(value, path: path.isEmpty ? name : "\(path).\(name)", into: &result)
            }
        case .sequence(let items):
            if items.allSatisfy({ $0.scalar != nil }) {
                result.append((path, "[" + items.compactMap { $0.scalar?.string }.joined(separator: ", ") + "]"))
            } else {
                for (index, item) in items.enumerated() { flatten(item, path: "\(path)[\(index)]", into: &result) }
            }
        case .alias:
            break
        }
    }
}
