import Foundation
import TopographModel

/// The lines around a model error, numbered, with a caret under its column: what a compiler shows,
/// so the preview's error page says where without switching to the editor.
enum SourceExcerpt {
    /// The first location `error` names, if any.
    static func location(of error: Error) -> SourceLocation? {
        switch error {
        case let error as ModelError: error.diagnostics.lazy.compactMap(\.location).first
        case let diagnostic as ModelDiagnostic: diagnostic.location
        default: nil
        }
    }

    /// `context` lines either side of `location` in `text`; nil when the line is not in it.
    static func excerpt(of text: String, at location: SourceLocation, context: Int = 2) -> String? {
        // "\r\n" is one Character, and a newline.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        guard location.line >= 1, location.line <= lines.count else { return nil }
        let shown = max(1, location.line - context)...min(lines.count, location.line + context)
        let width = String(shown.upperBound).count
        var out: [String] = []
        for number in shown {
            let label = String(repeating: " ", count: width - String(number).count) + String(number)
            out.append("\(label) | \(lines[number - 1])")
            if number == location.line {
                // Tabs stay tabs, so the caret lines up however the page shows them.
                let lead = lines[number - 1].prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
                out.append(String(repeating: " ", count: width) + " | " + lead + "^")
            }
        }
        return out.joined(separator: "\n")
    }
}
