/// Writes a `DOTGraph` as DOT text: deterministic (statements in order, attributes by name) and
/// with every id and value quoted, so no content can end a string or start a statement.
public enum DOTEncoder {
    /// The DOT text of `graph`, ending with a newline.
    public static func encode(_ graph: DOTGraph) -> String {
        var out = "digraph \(quote(graph.id)) {\n"
        for (keyword, attributes) in [("graph", graph.graphAttributes), ("node", graph.nodeDefaults), ("edge", graph.edgeDefaults)]
        where !attributes.isEmpty {
            out += "  \(keyword) \(list(attributes));\n"
        }
        write(graph.statements, indent: 1, into: &out)
        return out + "}\n"
    }

    private static func write(_ statements: [DOTStatement], indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        for statement in statements {
            switch statement {
            case .node(let node):
                out += pad + quote(node.id) + suffix(node.attributes) + ";\n"
            case .edge(let edge):
                out += pad + quote(edge.from) + " -> " + quote(edge.to) + suffix(edge.attributes) + ";\n"
            case .subgraph(let sub):
                out += pad + "subgraph \(quote(sub.id)) {\n"
                for (name, value) in sub.attributes.sorted {
                    out += pad + "  " + attributeName(name) + "=" + encode(value) + ";\n"
                }
                write(sub.statements, indent: indent + 1, into: &out)
                out += pad + "}\n"
            }
        }
    }

    private static func suffix(_ attributes: DOTAttributes) -> String {
        attributes.isEmpty ? "" : " " + list(attributes)
    }

    private static func list(_ attributes: DOTAttributes) -> String {
        "[" + attributes.sorted.map { attributeName($0.name) + "=" + encode($0.value) }.joined(separator: ", ") + "]"
    }

    /// An attribute name: bare when it is a plain identifier (all of Graphviz's are), else quoted.
    private static func attributeName(_ text: String) -> String {
        let plain =
            text.first.map { $0.isLetter || $0 == "_" } == true
            && text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }
        let keyword = ["node", "edge", "graph", "digraph", "subgraph", "strict"].contains(text.lowercased())
        return plain && !keyword ? text : quote(text)
    }

    /// A value as DOT writes it.
    public static func encode(_ value: DOTValue) -> String {
        switch value {
        case .string(let text): quote(text)
        // Graphviz rejects an empty HTML label (`<>`); an empty string says the same thing.
        case .html(let markup): markup.isEmpty ? "\"\"" : "<" + markup + ">"
        }
    }

    /// A double-quoted DOT string. Quotes are escaped; backslashes are doubled (so escString
    /// attributes show them literally); line breaks become `\n`; other control characters become
    /// spaces. A final backslash would escape the closing quote in Graphviz's lexer, so it gets a
    /// trailing space. Model text does not come through here (see `DOTValue`).
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        if text.hasSuffix("\\") { out += " " }
        return out + "\""
    }

    /// A node or cluster id derived from a model id: readable when the model id is simple, and
    /// injective (distinct model ids give distinct DOT ids) because anything outside
    /// `[A-Za-z0-9_.-]` is percent-encoded, `%` included.
    ///
    /// libcgraph treats a name starting with `%` as an internal anonymous name, so an encoded id
    /// that would start with `%` gets a leading `_` (and a model id's own leading `_` is encoded,
    /// which keeps the mapping injective).
    public static func identifier(_ rawValue: String, prefix: String = "") -> String {
        var out = ""
        for (offset, byte) in rawValue.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "_") where offset > 0:
                out += "_"
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        if prefix.isEmpty && out.hasPrefix("%") { out = "_" + out }
        return prefix + out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
