import Foundation

/// Text as roff (man macros) shows it literally.
enum Roff {
    /// `text` escaped: backslashes as `\e`, hyphens as `\-` (so they are not hyphenation points),
    /// and a control character (`.` or `'`) at the start of a line neutralised with `\&`.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\e"
            case "-": escaped += "\\-"
            default: escaped.append(character)
            }
        }
        return escaped.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }
            .joined(separator: "\n")
    }

    /// A macro argument in double quotes (a quote inside doubled, as groff reads it).
    static func quote(_ text: String) -> String {
        "\"" + escape(text).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Help text as roff: blank lines start paragraphs, indented lines (examples) stay as written.
    static func paragraphs(_ text: String) -> [String] {
        var lines: [String] = []
        var inExample = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isExample = line.hasPrefix("  ")
            if isExample != inExample {
                lines += isExample ? [".RS 4", ".nf"] : [".fi", ".RE"]
                inExample = isExample
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !inExample { lines.append(".PP") }
            } else {
                lines.append(escape(isExample ? String(line.dropFirst(2)) : String(line)))
            }
        }
        if inExample { lines += [".fi", ".RE"] }
        return lines
    }
}
