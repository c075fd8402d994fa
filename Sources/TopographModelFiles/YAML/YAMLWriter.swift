import Yams

/// Writes a composed YAML tree as block-style YAML that any YAML 1.1/1.2 reader loads back to the
/// same values: strings that could read as anything else (numbers, booleans, null, syntax) are quoted.
enum YAMLWriter {
    static func write(_ node: Yams.Node) -> String {
        var out = ""
        switch node {
        case .mapping(let mapping) where !mapping.isEmpty: writeMapping(mapping, indent: 0, into: &out)
        case .sequence(let sequence) where !sequence.isEmpty: writeSequence(sequence, indent: 0, into: &out)
        default: out = inline(node) + "\n"
        }
        return out
    }

    private static func writeMapping(_ mapping: Yams.Node.Mapping, indent: Int, into out: inout String, firstInline: Bool = false) {
        let pad = String(repeating: " ", count: indent)
        for (index, (key, value)) in mapping.enumerated() {
            out += (index == 0 && firstInline ? "" : pad) + scalarText(key.string ?? "") + ":"
            writeValue(value, indent: indent, into: &out)
        }
    }

    /// Writes what follows `key:` — inline for scalars and empty collections, else on new lines.
    private static func writeValue(_ value: Yams.Node, indent: Int, into out: inout String) {
        switch value {
        case .mapping(let m) where !m.isEmpty:
            out += "\n"
            writeMapping(m, indent: indent + 2, into: &out)
        case .sequence(let s) where !s.isEmpty:
            out += "\n"
            writeSequence(s, indent: indent + 2, into: &out)
        default:
            out += " " + inline(value) + "\n"
        }
    }

    private static func writeSequence(_ sequence: Yams.Node.Sequence, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in sequence {
            switch item {
            case .mapping(let m) where !m.isEmpty:
                out += pad + "- "
                writeMapping(m, indent: indent + 2, into: &out, firstInline: true)
            case .sequence(let s) where !s.isEmpty:
                out += pad + "-\n"
                writeSequence(s, indent: indent + 2, into: &out)
            default:
                out += pad + "- " + inline(item) + "\n"
            }
        }
    }

    /// Scalars, and empty collections as `{}` / `[]`.
    private static func inline(_ node: Yams.Node) -> String {
        switch node {
        case .mapping: return "{}"
        case .sequence: return "[]"
        case .alias: return "null"
        case .scalar(let scalar):
            // Typed scalars (numbers, booleans, null) came from JSON and are written as they are.
            if scalar.style == .plain, node.tag.description != Tag.Name.str.rawValue { return scalar.string }
            return scalarText(scalar.string)
        }
    }

    /// A string as a plain scalar when that reads back as the same string, else double-quoted.
    static func scalarText(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        guard first.properties.isAlphabetic || ("0"..."9").contains(first) || first == "/" || first == "." else { return false }
        guard last != " ", !text.contains(": "), !text.contains(" #"), !text.hasSuffix(":") else { return false }
        let allowed = text.unicodeScalars.allSatisfy { s in
            s.properties.isAlphabetic || s.properties.numericType != nil || " -_./()@+',:>".unicodeScalars.contains(s)
        }
        guard allowed else { return false }
        // Anything a resolver could read as a non-string stays quoted (yes, no, null, 1.0, 0x1f, ...).
        // Only words can be booleans or null; numbers and dates start with a digit or a dot.
        if Self.yaml11Words.contains(text.lowercased()) { return false }
        guard first == "." || ("0"..."9").contains(first) else { return true }
        return Resolver.default.resolveTag(of: Yams.Node(text)) == .str
    }

    /// Words some YAML 1.1 readers take for booleans or null beyond what Yams resolves.
    private static let yaml11Words: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}":
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0xD800...0xDFFF).contains(scalar.value) {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
