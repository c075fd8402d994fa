import Foundation

/// Escaping and a few building blocks for Graphviz HTML-like labels.
///
/// Graphviz parses these labels as XML, so model text is entity-escaped (`&`, `<`, `>`, `"`, `'`, `]`),
/// line breaks become `<BR/>`, and characters XML 1.0 forbids (most control characters) become
/// U+FFFD: a model string can change what a label says, never what the label or graph is.
public enum HTMLText {
    /// `text` as HTML-label character data.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Graphviz 2.42 rejects character data made only of `]` (expat hands it over apart).
            case "]": out += "&#93;"
            case "\n", "\r": out += "<BR/>"
            case "\t": out += " "
            case _ where !isXMLCharacter(scalar): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text a label made by `escape` shows: what round-trip tests compare against.
    public static func displayed(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.map { scalar in
                    switch scalar {
                    case "\r": "\n"
                    case "\t": " "
                    case _ where !isXMLCharacter(scalar): "\u{FFFD}"
                    default: scalar
                    }
                }))
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Escaped `text` in a `<FONT>` with the given size and colour.
    public static func font(_ text: String, size: Int? = nil, color: String? = nil, bold: Bool = false) -> String {
        var markup = escape(text)
        // Graphviz rejects empty font elements (`<B></B>`): empty text gets no tags at all.
        if markup.isEmpty { return "" }
        if bold { markup = "<B>\(markup)</B>" }
        var attributes = ""
        if let size { attributes += " POINT-SIZE=\"\(size)\"" }
        if let color { attributes += " COLOR=\"\(color)\"" }
        return attributes.isEmpty ? markup : "<FONT\(attributes)>\(markup)</FONT>"
    }

    /// A borderless table, one row per item of `rows` (each already markup).
    public static func stack(_ rows: [String], cellPadding: Int = 1) -> String {
        let body = rows.map { "<TR><TD>\($0)</TD></TR>" }.joined()
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"\(cellPadding)\">\(body)</TABLE>"
    }
}
