import TopographModel
import Yams

/// Turns Yams' parse errors into one diagnostic with the file, line and column of the problem.
enum YAMLErrorMapping {
    static func diagnostic(for error: YamlError, file: String, text: String) -> ModelDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "malformed YAML: \(problem)"
            if let context { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            return ModelDiagnostic(message, at: location(mark, file))
        case .reader(let problem, let offset, _, _):
            return ModelDiagnostic("malformed YAML: \(problem)", at: location(ofUTF8Offset: offset ?? 0, in: text, file))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let line = secondOccurrence(of: key, after: context.mark, in: text) ?? context.mark.line
            return ModelDiagnostic(
                "duplicate key '\(key)' in a mapping (first at \(context.mark.line):\(context.mark.column))",
                at: SourceLocation(file: file, line: line, column: context.mark.column),
                hint: "each key may appear once per mapping; remove or rename one")
        default:
            return ModelDiagnostic("malformed YAML: \(error)", at: SourceLocation(file: file, line: 1))
        }
    }

    private static func location(_ mark: Mark, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Yams reports a duplicate at its first occurrence; find the repeat at the same indentation
    /// (block style) on a later line, so the message points at the line to fix. Returns its line.
    static func secondOccurrence(of key: String, after mark: Mark, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line <= lines.count else { return nil }
        for index in mark.line..<lines.count {
            let line = Array(lines[index].unicodeScalars)
            let column = mark.column - 1
            guard column < line.count else { continue }
            let rest = String(String.UnicodeScalarView(line[column...]))
            let before = String(String.UnicodeScalarView(line[..<column]))
            let indentOK = before.allSatisfy { $0 == " " || $0 == "-" }
            for form in [key, "\"\(key)\"", "'\(key)'"] where indentOK && rest.hasPrefix(form) {
                let after = rest.dropFirst(form.count).drop { $0 == " " }
                if after.hasPrefix(":") { return index + 1 }
            }
            // Leaving the mapping: a non-blank line indented less than the key.
            let trimmed = before.drop { $0 == " " }
            if !trimmed.isEmpty && !trimmed.allSatisfy({ $0 == "-" || $0 == " " }) { return nil }
        }
        return nil
    }

    private static func location(ofUTF8Offset offset: Int, in text: String, _ file: String) -> SourceLocation {
        let prefix = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        return SourceLocation(file: file, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
    }
}
