/// Escaping for Mermaid flowchart text.
///
/// Labels are written quoted (`["…"]`, `|"…"|`). Inside the quotes every character that could end
/// the string or an edge label (`"`, `|`), start one of Mermaid's entity codes (`#…;`), open HTML
/// (`<`, `>`, `&`) or a Markdown string (a backquote) becomes a numeric entity code (`#34;`), which
/// Mermaid turns back into the character; line breaks become `<br/>`. Model text changes what a
/// label says, never what the chart is.
public enum MermaidText {
    /// `text` as the inside of a quoted Mermaid label; line breaks become `<br/>`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\n", "\r": out += "<br/>"
            case "\t": out += " "
            // U+FB02 and U+00B6 are Mermaid's own placeholders while it decodes entity codes.
            case "\"", "#", "&", "<", ">", "`", "|", "\u{FB02}", "\u{B6}":
                out += "#\(scalar.value);"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isNonCharacter(scalar):
                out += "\u{FFFD}"
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
                    case _ where scalar.value < 0x20 && scalar != "\n": "\u{FFFD}"
                    case _ where (0x7F...0x9F).contains(scalar.value) || isNonCharacter(scalar): "\u{FFFD}"
                    default: scalar
                    }
                }))
    }

    private static func isNonCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// `text` as a YAML double-quoted scalar, for the chart's front matter (its title).
    public static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isNonCharacter(scalar):
                out += "\\uFFFD"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
