import Foundation
import TopographModel
import Yams

@testable import TopographModelFiles

/// The loader as it was before `EventComposer`: Yams composes the tree (regex tag resolution and
/// all), and the same decoder reads it. The fast composers are checked against it.
enum YamsReference {
    /// Yams' tree in the decoder's node type, or the syntax error Yams reports.
    static func compose(_ text: String) -> Result<YAMLNode?, YAMLSyntaxError> {
        do {
            return .success(try Yams.compose(yaml: text).map(convert))
        } catch let error as YamlError {
            return .failure(syntaxError(error, text: text))
        } catch {
            fatalError("Yams threw \(error)")
        }
    }

    /// The diagnostics (or the model) loading `text` the old way gives.
    static func load(_ text: String, file: String) -> Result<Architecture, ModelError> {
        do {
            switch compose(text) {
            case .success(var root): return .success(try YAMLModelLoader.load(root: &root, file: file, size: text.utf8.count))
            case .failure(let error):
                return .failure(ModelError([YAMLErrorMapping.diagnostic(for: error, file: file, text: text)]))
            }
        } catch let error as ModelError {
            return .failure(error)
        } catch {
            fatalError("unexpected \(error)")
        }
    }

    static func convert(_ node: Yams.Node) -> YAMLNode {
        let mark = YAMLNode.Mark(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        let tag = YAMLTag(explicit: node.tag.description)
        switch node {
        case .scalar(let scalar):
            let style: YAMLNode.Style =
                switch scalar.style {
                case .any, .plain: .plain
                case .singleQuoted: .singleQuoted
                case .doubleQuoted: .doubleQuoted
                case .literal: .literal
                case .folded: .folded
                }
            return .scalar(.init(string: scalar.string, tag: tag, style: style, mark: mark))
        case .mapping(let mapping):
            return .mapping(.init(pairs: mapping.map { (convert($0.key), convert($0.value)) }, tag: tag, mark: mark))
        case .sequence(let sequence):
            return .sequence(.init(items: sequence.map(convert), tag: tag, mark: mark))
        case .alias(let alias):
            fatalError("Yams left an alias unresolved: \(alias)")
        }
    }

    /// Yams' error in the loader's terms. Yams turns libyaml's byte offset of an unreadable
    /// character into a count of Characters; the reference takes it back to bytes.
    static func syntaxError(_ error: YamlError, text: String) -> YAMLSyntaxError {
        func mark(_ mark: Yams.Mark) -> YAMLNode.Mark { .init(line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let at, _), .parser(let context, let problem, let at, _),
            .composer(let context, let problem, let at, _):
            return .malformed(problem: problem, at: mark(at), context: context?.text, contextMark: context.map { mark($0.mark) })
        case .reader(let problem, let offset, _, _):
            let bytes =
                text.index(text.startIndex, offsetBy: offset ?? 0, limitedBy: text.endIndex)
                .map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? 0
            return .unreadable(problem: problem, byteOffset: bytes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .duplicateKey(duplicates.first ?? "?", first: mark(context.mark))
        default:
            fatalError("unexpected Yams error \(error)")
        }
    }

    /// The tree written out with every tag, style and position, for comparing trees exactly.
    static func outline(_ node: YAMLNode?) -> String {
        guard let node else { return "(no document)" }
        var out = ""
        outline(node, indent: "", into: &out)
        return out
    }

    private static func outline(_ node: YAMLNode, indent: String, into out: inout String) {
        let at = "@\(node.mark.line):\(node.mark.column) \(node.tag.description)"
        switch node {
        case .scalar(let scalar): out += "\(indent)\(scalar.string.debugDescription) \(scalar.style) \(at)\n"
        case .mapping(let mapping):
            out += "\(indent)mapping \(at)\n"
            for (key, value) in mapping {
                outline(key, indent: indent + "  ? ", into: &out)
                outline(value, indent: indent + "  : ", into: &out)
            }
        case .sequence(let sequence):
            out += "\(indent)sequence \(at)\n"
            for item in sequence { outline(item, indent: indent + "  - ", into: &out) }
        }
    }
}
