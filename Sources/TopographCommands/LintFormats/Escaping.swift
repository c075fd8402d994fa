import Foundation

/// Escaping of model-provided strings for each output format. Model text is untrusted: it may hold
/// quotes, markup, newlines, terminal escapes or workflow-command syntax.
enum Escape {
    /// Text for a terminal: control characters (ANSI escapes included) become visible `\u{..}`,
    /// so a model cannot recolour, move the cursor or forge lines. Tabs become a space.
    static func terminal(_ text: String) -> String {
        // Nearly every model string is plain: hand it back without rebuilding it scalar by scalar.
        isPlainLine(text) ? text : terminalByScalar(text)
    }

    /// `terminal` the long way, one scalar at a time (the fast path's tests compare against it).
    static func terminalByScalar(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": out.append(" ")
            case _ where isControl(scalar):
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Lines of a possibly multi-line model string, each safe for a terminal and none able to pass
    /// for a CI log command: GitHub Actions reads `::warning::` and Azure Pipelines `##vso[` at the
    /// start of any line, leading spaces ignored, so such a start has its first character escaped.
    static func terminalLines(_ text: String) -> [String] {
        isPlainLine(text) && !looksLikeLogCommand(text[...]) ? [text] : terminalLinesBySplitting(text)
    }

    /// `terminalLines` the long way, splitting at every line break first.
    static func terminalLinesBySplitting(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            let safe = terminal(String(line))
            guard looksLikeLogCommand(safe[...]) else { return safe }
            let start = safe.drop { $0 == " " }
            let first = start.unicodeScalars.first!
            return String(safe[..<start.startIndex]) + "\\u{" + String(first.value, radix: 16) + "}" + String(start.dropFirst())
        }
    }

    /// XML 1.0 character data or attribute value: markup characters as entities, whitespace
    /// controls as character references (so attributes keep them), other controls dropped
    /// because XML 1.0 cannot carry them at all.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case _ where !isXMLChar(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Data of a GitHub workflow command (the part after `::`): `%`, CR and LF percent-encoded.
    /// Other control characters are dropped: the runner's log would interpret terminal escapes.
    static func githubData(_ text: String) -> String { github(text, alsoEscaping: []) }

    /// A property value of a GitHub workflow command (`file=`, `title=`): data escaping plus `:` and `,`.
    static func githubProperty(_ text: String) -> String { github(text, alsoEscaping: [":", ","]) }

    /// Works on scalars, so a CRLF pair (one Swift `Character`) is escaped as both halves.
    private static func github(_ text: String, alsoEscaping extra: Set<Unicode.Scalar>) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%", "\r", "\n": out += String(format: "%%%02X", scalar.value)
            case _ where extra.contains(scalar): out += String(format: "%%%02X", scalar.value)
            case "\t": out += "\t"
            case _ where isControl(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text inside a Markdown table cell or paragraph: no line breaks, pipes and markup escaped.
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#": out += "\\" + String(character)
            case _ where character.isNewline: out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether a line starts, after spaces, as a CI log command would.
    private static func looksLikeLogCommand(_ line: Substring) -> Bool {
        let start = line.drop { $0 == " " }
        return start.hasPrefix("::") || start.hasPrefix("##")
    }

    /// True when `text` holds no control character (C0, DEL, C1) and no line break of any kind
    /// (U+2028 and U+2029 included), read from its UTF-8 bytes: then every escape is a no-op.
    static func isPlainLine(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { return false }
                // C1 controls (U+0080-U+009F, NEL among them) are 0xC2 0x80-0x9F in UTF-8.
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return false }
                // U+2028 and U+2029 are 0xE2 0x80 0xA8-0xA9.
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
                {
                    return false
                }
                index += 1
            }
            return true
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// XML 1.0 `Char` production.
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
