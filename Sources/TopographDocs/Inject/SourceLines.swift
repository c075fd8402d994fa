/// A text split into lines the way cmark-gfm counts them (LF, CRLF or CR end a line), keeping each
/// line's exact bytes and ending so a file can be reassembled byte for byte.
struct SourceLines {
    /// Each line's content and its terminator ("" for a last line without one).
    private(set) var lines: [(content: Substring, ending: String)] = []

    init(_ text: String) {
        var start = text.startIndex
        var i = text.startIndex
        // Iterate unicode scalars: "\r\n" is one Character in Swift, and we need to see it as an ending.
        let scalars = text.unicodeScalars
        while i < text.endIndex {
            let scalar = scalars[i]
            if scalar == "\n" || scalar == "\r" {
                let next = scalars.index(after: i)
                let isCRLF = scalar == "\r" && next < text.endIndex && scalars[next] == "\n"
                let after = isCRLF ? scalars.index(after: next) : next
                lines.append((text[start..<i], isCRLF ? "\r\n" : String(scalar)))
                start = after
                i = after
            } else {
                i = scalars.index(after: i)
            }
        }
        if start < text.endIndex { lines.append((text[start...], "")) }
    }

    /// The ending most lines use; LF for a file without any.
    var dominantEnding: String {
        let crlf = lines.filter { $0.ending == "\r\n" }.count
        let lf = lines.filter { $0.ending == "\n" }.count
        let cr = lines.filter { $0.ending == "\r" }.count
        if crlf > lf && crlf >= cr { return "\r\n" }
        if cr > lf && cr > crlf { return "\r" }
        return "\n"
    }

    func ending(ofLine line: Int) -> String { lines[line - 1].ending }

    /// Lines 1...line, with their endings.
    func text(through line: Int) -> String {
        lines[0..<line].map { String($0.content) + $0.ending }.joined()
    }

    /// Lines line...last, with their endings.
    func text(from line: Int) -> String {
        lines[(line - 1)...].map { String($0.content) + $0.ending }.joined()
    }
}
