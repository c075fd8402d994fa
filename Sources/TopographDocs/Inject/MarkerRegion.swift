import Foundation

/// Replaces the generated region of an existing Markdown file, keeping every other byte.
///
/// Markers are found through cmark-gfm's syntax tree: only top-level HTML blocks that are exactly a
/// marker count, so markers shown inside code blocks, fenced code or inline code are ignored.
public enum MarkerRegion {
    public static let begin = "<!-- topograph:begin -->"
    public static let end = "<!-- topograph:end -->"

    /// Why an injection cannot proceed; the message names the file and lines.
    public struct Error: Swift.Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// `existing` with the lines between the markers replaced by `generated` (line endings converted to
    /// the file's own: CRLF files stay CRLF). Throws when the markers are missing or unbalanced.
    public static func inject(_ generated: String, into existing: String, file: String) throws -> String {
        let lines = SourceLines(existing)
        let (beginLine, endLine) = try markers(in: existing, file: file)
        let eol = lines.dominantEnding
        var body = generated.replacingOccurrences(of: "\r\n", with: "\n")
        while body.hasSuffix("\n") { body.removeLast() }
        let replacement = "\n" + body + "\n\n"
        var out = ""
        out += lines.text(through: beginLine)  // up to and including the begin marker's line ending
        if lines.ending(ofLine: beginLine).isEmpty { out += eol }  // a begin marker on the file's last line
        out += replacement.replacingOccurrences(of: "\n", with: eol)
        out += lines.text(from: endLine)
        return out
    }

    /// 1-based lines of the begin and end markers.
    static func markers(in text: String, file: String) throws -> (Int, Int) {
        let tree = MarkdownSyntaxTree.parse(text)
        var begins: [Int] = []
        var ends: [Int] = []
        for node in tree.children where node.type == "html_block" {
            let literal = (node.literal ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if isMarker(literal, "begin") { begins.append(node.startLine) }
            if isMarker(literal, "end") { ends.append(node.startLine) }
        }
        switch (begins.count, ends.count) {
        case (0, 0):
            throw Error(
                description: "\(file): no \(begin) … \(end) region; add both markers, each on its own line, where the document should go")
        case (1, 0):
            throw Error(description: "\(file):\(begins[0]): \(begin) has no matching \(end) after it")
        case (0, 1):
            throw Error(description: "\(file):\(ends[0]): \(end) without a \(begin) before it")
        case (1, 1):
            guard begins[0] < ends[0] else {
                throw Error(description: "\(file):\(ends[0]): \(end) comes before \(begin) (line \(begins[0]))")
            }
            return (begins[0], ends[0])
        default:
            let all = (begins + ends).sorted().map(String.init).joined(separator: ", ")
            throw Error(
                description: "\(file): expected exactly one \(begin) and one \(end), found \(begins.count) and \(ends.count) (lines \(all))"
            )
        }
    }

    /// `<!-- topograph:begin -->`, tolerant of the spacing inside the comment.
    private static func isMarker(_ literal: String, _ word: String) -> Bool {
        guard literal.hasPrefix("<!--"), literal.hasSuffix("-->"), !literal.contains("\n") else { return false }
        let inner = literal.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
        return inner == "topograph:\(word)"
    }
}
