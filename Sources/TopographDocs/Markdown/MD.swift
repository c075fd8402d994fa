import Foundation

/// Escaping for every model-provided string that lands in the Markdown: a model can neither break the
/// document's structure (tables, lists, headings) nor inject HTML, links or emphasis.
enum MD {
    /// Characters with inline meaning in GFM (`#` too: a trailing ` #` closes an ATX heading). Backslash-escaping any ASCII punctuation is always legal,
    /// so erring on the side of escaping costs only readability of the source.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "&", "~", "|", "#"]
    /// Characters that only matter at the start of a line (headings, quotes, lists, setext, tables).
    private static let leadingSpecials: Set<Character> = ["#", "-", "+", "=", ">", ":"]

    /// Inline text: whitespace runs (including newlines) collapse to one space, specials are escaped,
    /// and `.`/`:` are escaped where they would start a GFM autolink (`www.`, `http://`). Email
    /// addresses still become `mailto:` links: cmark-gfm finds them after escapes are resolved.
    static func text(_ raw: String) -> String {
        let collapsed = collapse(raw)
        // Most model text (ids, names, products) needs no escaping: skip the per-character pass.
        if let first = collapsed.utf8.first, isLetter(first), collapsed.utf8.allSatisfy(isPlain) {
            return breakWWW(collapsed)
        }
        var out = ""
        out.reserveCapacity(collapsed.count + 8)
        let chars = Array(collapsed)
        for (offset, ch) in chars.enumerated() {
            // "://" is what makes `http://…` an extended autolink; a lone colon is plain prose.
            let startsScheme = ch == ":" && offset + 1 < chars.count && chars[offset + 1] == "/"
            if inlineSpecials.contains(ch) || (offset == 0 && leadingSpecials.contains(ch)) || startsScheme {
                out.append("\\")
            }
            out.append(ch)
        }
        // "1. " or "1) " at the very start would make a list item.
        if let first = out.first, first.isNumber, let mark = out.firstIndex(where: { !$0.isNumber }),
            out[mark] == "." || out[mark] == ")",
            out.index(after: mark) == out.endIndex || out[out.index(after: mark)] == " "
        {
            out.insert("\\", at: mark)
        }
        return breakWWW(out)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }

    /// ASCII the slow path would copy unchanged anywhere after the first character.
    private static func isPlain(_ byte: UInt8) -> Bool {
        isLetter(byte) || (48...57).contains(byte) || byte == 32 || byte == 45 || byte == 46 || byte == 44
            || byte == 40 || byte == 41 || byte == 47
    }

    /// Whitespace runs (and NULs, which cmark would replace) as single spaces, trimmed.
    static func collapse(_ raw: String) -> String {
        // Most text is already collapsed ASCII: skip the per-Character split (a third of docs time).
        if isCollapsedASCII(raw) { return raw }
        return withoutControls(raw).split(whereSeparator: { $0.isWhitespace || $0.isNewline || $0 == "\u{0}" }).joined(separator: " ")
    }

    /// ASCII without control characters, and spaces only single and between words.
    private static func isCollapsedASCII(_ text: String) -> Bool {
        var previousWasSpace = true  // so a leading space fails
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                if byte < 0x20 || byte >= 0x7F { return false }
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }

    /// `raw` without control characters other than whitespace (ESC, BEL, NUL, DEL, C1): Markdown
    /// cannot show them, and a terminal showing the document would obey them.
    static func withoutControls(_ raw: String) -> String {
        guard raw.unicodeScalars.contains(where: isControl) else { return raw }
        return String(String.UnicodeScalarView(raw.unicodeScalars.filter { !isControl($0) }))
    }

    /// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
    }

    /// `www.` starts an extended autolink even mid-sentence; escaping its dot keeps it text.
    private static func breakWWW(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "w") || $0 == UInt8(ascii: "W") }), s.lowercased().contains("www.")
        else { return s }
        var out = ""
        var rest = Substring(s)
        while let r = rest.range(of: "www.", options: .caseInsensitive) {
            out += rest[..<r.lowerBound] + rest[r.lowerBound..<rest.index(r.lowerBound, offsetBy: 3)] + "\\."
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    /// A code span holding `raw` literally: the fence is one backtick longer than any run inside,
    /// padded with spaces when the content touches a backtick or a space.
    static func code(_ raw: String) -> String {
        // Plain ASCII without line breaks or NULs (nearly every id and address) needs no split.
        let flat =
            raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F })
            ? raw : withoutControls(raw).split(whereSeparator: { $0.isNewline || $0 == "\u{0}" }).joined(separator: " ")
        guard !flat.isEmpty else { return "" }
        var longest = 0
        var run = 0
        for byte in flat.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.first == "`" || flat.last == "`" || (flat.first == " " && flat.last == " ") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// Already-rendered inline Markdown made safe for a table cell: every pipe escaped (GFM splits
    /// cells before inline parsing, even inside code spans) and never empty.
    static func cell(_ inline: String) -> String {
        let escaped = inline.contains("|") ? inline.replacingOccurrences(of: "|", with: "\\|") : inline
        return escaped.isEmpty ? " " : escaped
    }

    /// A table: header, alignment row, rows; each cell already inline Markdown.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let line = { (cells: [String]) in "| " + cells.map(cell).joined(separator: " | ") + " |" }
        var lines = [line(header), "|" + header.map { _ in " --- |" }.joined()]
        for row in rows {
            precondition(row.count == header.count, "table row has \(row.count) cells, header \(header.count)")
            lines.append(line(row))
        }
        return lines.joined(separator: "\n")
    }

    /// A link destination: percent-encodes everything but unreserved URL characters, `/` and `#`.
    static func destination(_ raw: String) -> String {
        var out = ""
        for byte in raw.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~/#".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// A natural-language list: "a", "a and b", "a, b and c".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// "1 host", "3 hosts".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
