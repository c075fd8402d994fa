import TopographModel

/// Turns YAML syntax errors into one diagnostic with the file, line and column of the problem.
enum YAMLErrorMapping {
    static func diagnostic(for error: YAMLSyntaxError, file: String, text: String) -> ModelDiagnostic {
        switch error {
        case .malformed(let problem, let mark, let context, let contextMark):
            var message = "malformed YAML: \(phrased(problem))"
            if let context, let contextMark { message += " (\(context) at \(contextMark.line):\(contextMark.column))" }
            return ModelDiagnostic(message, at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .unreadable(let problem, let offset):
            return ModelDiagnostic("malformed YAML: \(problem)", at: location(ofUTF8Offset: offset, in: text, file))
        case .duplicateKey(let key, let first):
            let line = secondOccurrence(of: key, after: first, in: text) ?? first.line
            return ModelDiagnostic(
                "duplicate key '\(key)' in a mapping (first at \(first.line):\(first.column))",
                at: SourceLocation(file: file, line: line, column: first.column),
                hint: "each key may appear once per mapping; remove or rename one")
        }
    }

    /// libyaml's words where they are about the user's file; its nesting limit names a C function.
    static func phrased(_ problem: String) -> String {
        problem.hasPrefix("Maximum nesting level reached")
            ? "nested more than \(maximumNesting) levels deep (no model needs that many; look for a runaway indentation or [[[...)"
            : problem
    }

    /// libyaml's default nesting limit.
    static let maximumNesting = 1000

    /// Yams reports a duplicate at its first occurrence; find the repeat at the same indentation
    /// (block style) on a later line, so the message points at the line to fix. Returns its line.
    static func secondOccurrence(of key: String, after mark: YAMLNode.Mark, in text: String) -> Int? {
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
