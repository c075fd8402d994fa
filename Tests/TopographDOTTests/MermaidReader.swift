import Foundation
import TopographDOT

/// A strict reader of the Mermaid flowcharts Topograph writes: every line must be one of the
/// statement forms below, ids unique, subgraphs closed, links and styles between declared ids.
/// Written independently of the renderer, so a renderer bug cannot hide behind it.
struct MermaidReader {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Node id -> its label as shown (tags dropped, `<br/>` a line break, entity codes decoded).
    private(set) var nodes: [String: String] = [:]
    private(set) var subgraphs: [String: String] = [:]
    private(set) var links: [(from: String, to: String, label: String?)] = []

    static let shapes = [
        ("([", "])"), ("[/", "/]"), ("[/", "\\]"), ("{{", "}}"), ("[[", "]]"), ("[(", ")]"), (">", "]"), ("((", "))"), ("(", ")"),
        ("[\\", "/]"), ("[", "]"),
    ]

    init(_ text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.last == "" else { throw Failure(description: "no final newline") }
        lines.removeLast()
        guard lines.count >= 4, lines[0] == "---", lines[1].hasPrefix("title: \""), lines[2] == "---",
            ["flowchart TB", "flowchart LR"].contains(lines[3])
        else { throw Failure(description: "bad header: \(lines.prefix(4))") }
        var depth = 0
        var classes = Set<String>()
        var usedClasses = Set<String>()
        var styled: [String] = []
        var linkStyles: [Int] = []
        for line in lines.dropFirst(4) {
            let statement = line.trimmingCharacters(in: .whitespaces)
            if let m = Self.match(#"^classDef ([A-Za-z]+) [-a-z]+:[^ ]+( [0-9]+)?(,[-a-z]+:[^, ]+( [0-9]+)?)*$"#, statement) {
                classes.insert(m[1])
            } else if let m = Self.match(#"^subgraph ([A-Za-z0-9_]+)\["([^"]*)"\]$"#, statement) {
                try declare(m[1])
                subgraphs[m[1]] = Self.decode(m[2])
                depth += 1
            } else if statement == "end" {
                depth -= 1
                guard depth >= 0 else { throw Failure(description: "unbalanced end") }
            } else if let m = Self.match(#"^([A-Za-z0-9_]+) (-->|---)(\|"([^"|]*)"\|)? ([A-Za-z0-9_]+)$"#, statement) {
                links.append((m[1], m[5], m[4].isEmpty ? nil : Self.decode(m[4])))
            } else if let m = Self.match(#"^style ([A-Za-z0-9_]+) ([-a-z]+:[#A-Za-z0-9.]+,?)+$"#, statement) {
                styled.append(m[1])
            } else if let m = Self.match(
                #"^linkStyle ([0-9]+) stroke:#[0-9A-F]{6},stroke-width:[0-9.]+px(,stroke-dasharray:[0-9]+ [0-9]+)?,color:#[0-9A-F]{6}$"#,
                statement)
            {
                linkStyles.append(Int(m[1])!)
            } else if let (id, label, className) = Self.node(statement) {
                try declare(id)
                nodes[id] = Self.decode(label)
                usedClasses.insert(className)
            } else {
                throw Failure(description: "unknown statement: \(line)")
            }
        }
        guard depth == 0 else { throw Failure(description: "\(depth) subgraph(s) not closed") }
        let ids = Set(nodes.keys).union(subgraphs.keys)
        for link in links where !ids.contains(link.from) || !ids.contains(link.to) {
            throw Failure(description: "link between undeclared ids: \(link.from) -> \(link.to)")
        }
        for id in styled where !ids.contains(id) { throw Failure(description: "style for undeclared \(id)") }
        guard linkStyles == Array(0..<links.count) else {
            throw Failure(description: "linkStyle indexes \(linkStyles) for \(links.count) links")
        }
        guard usedClasses.isSubset(of: classes) else {
            throw Failure(description: "classes used, not defined: \(usedClasses.subtracting(classes))")
        }
    }

    private mutating func declare(_ id: String) throws {
        guard nodes[id] == nil && subgraphs[id] == nil else { throw Failure(description: "id declared twice: \(id)") }
    }

    private static func node(_ statement: String) -> (String, String, String)? {
        for (open, close) in shapes {
            let pattern =
                "^([A-Za-z0-9_]+)" + NSRegularExpression.escapedPattern(for: open) + "\"([^\"]*)\""
                + NSRegularExpression.escapedPattern(for: close) + ":::([A-Za-z]+)$"
            if let m = match(pattern, statement) { return (m[1], m[2], m[3]) }
        }
        return nil
    }

    /// What Mermaid shows for label code: our tags dropped, `<br/>` a line break, `#N;` decoded.
    static func decode(_ label: String) -> String {
        var text = label.replacingOccurrences(of: "<br/>", with: "\n")
        text = text.replacingOccurrences(of: "</?b>", with: "", options: .regularExpression)
        var out = ""
        var rest = Substring(text)
        while let r = rest.range(of: #"#[0-9]+;"#, options: .regularExpression) {
            out += rest[..<r.lowerBound]
            out.unicodeScalars.append(Unicode.Scalar(UInt32(rest[r].dropFirst().dropLast())!)!)
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (0..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } ?? "" }
    }
}

/// A strict reader of the C4-PlantUML text Topograph writes.
struct PlantUMLReader {
    private(set) var elements: [String] = []
    private(set) var relations = 0

    init(_ text: String) throws {
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.first == "@startuml", lines.last == "@enduml", lines[1] == "!include <C4/C4_Deployment>" else {
            throw MermaidReader.Failure(description: "bad frame")
        }
        var depth = 0
        var tags = Set<String>()
        for line in lines.dropFirst(2).dropLast() {
            let statement = line.trimmingCharacters(in: .whitespaces)
            let strings = MermaidReader.match(#"^[^"]*"#, statement).map { _ in Self.strings(statement) } ?? []
            for string in strings where !Self.isInert(string) && !statement.hasPrefix("Add") {
                throw MermaidReader.Failure(description: "live markup in \(string.debugDescription): \(line)")
            }
            if statement.hasPrefix("title ") {
                guard Self.isInert(String(statement.dropFirst(6))) else { throw MermaidReader.Failure(description: "title: \(line)") }
            } else if let m = MermaidReader.match(
                #"^Add(Element|Rel)Tag\("([A-Za-z]+)", (\$[a-zA-Z]+=("[^"]*"|[A-Za-z]+\(\)))(, \$[a-zA-Z]+=("[^"]*"|[A-Za-z]+\(\)))*\)$"#,
                statement)
            {
                tags.insert(m[2])
            } else if let m = MermaidReader.match(
                #"^(Deployment_Node|Container|ContainerDb|Container_Ext|Person_Ext)\(([A-Za-z0-9_]+)(, "[^"]*")+(, \$tags="([A-Za-z+]+)")?\)( \{)?$"#,
                statement)
            {
                guard !elements.contains(m[2]) else { throw MermaidReader.Failure(description: "alias twice: \(m[2])") }
                elements.append(m[2])
                for tag in m[5].split(separator: "+") where !tags.contains(String(tag)) {
                    throw MermaidReader.Failure(description: "undefined tag \(tag)")
                }
                if !m[6].isEmpty { depth += 1 }
            } else if statement == "}" {
                depth -= 1
            } else if let m = MermaidReader.match(#"^Rel\(([A-Za-z0-9_]+), ([A-Za-z0-9_]+), "[^"]*", \$tags="([A-Za-z]+)"\)$"#, statement) {
                guard elements.contains(m[1]), elements.contains(m[2]), tags.contains(m[3]) else {
                    throw MermaidReader.Failure(description: "relation to undeclared alias or tag: \(line)")
                }
                relations += 1
            } else if !["LAYOUT_TOP_DOWN()", "LAYOUT_LEFT_RIGHT()", "SHOW_LEGEND()", ""].contains(statement) {
                throw MermaidReader.Failure(description: "unknown statement: \(line)")
            }
            guard depth >= 0 else { throw MermaidReader.Failure(description: "unbalanced }") }
        }
        guard depth == 0 else { throw MermaidReader.Failure(description: "unclosed {") }
    }

    private static func strings(_ statement: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: #""([^"]*)""#) else { return [] }
        return regex.matches(in: statement, range: NSRange(statement.startIndex..., in: statement)).compactMap {
            Range($0.range(at: 1), in: statement).map { String(statement[$0]) }
        }
    }

    /// No preprocessor, Creole or HTML can start inside: only `&#N;` references and `\n` breaks.
    static func isInert(_ text: String) -> Bool {
        let bare = text.replacingOccurrences(of: #"&#[0-9]+;"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\n", with: "")
        if bare.contains(where: { "\"\\$%<>&~!'\n\r".contains($0) }) { return false }
        let scalars = Array(text.unicodeScalars)
        for i in scalars.indices.dropLast() where scalars[i] == scalars[i + 1] && "*/-_=^[],|#".unicodeScalars.contains(scalars[i]) {
            return false
        }
        return true
    }

    static func decode(_ text: String) -> String {
        var out = ""
        var rest = Substring(text.replacingOccurrences(of: "\\n", with: "\n"))
        while let r = rest.range(of: #"&#[0-9]+;"#, options: .regularExpression) {
            out += rest[..<r.lowerBound]
            out.unicodeScalars.append(Unicode.Scalar(UInt32(rest[r].dropFirst(2).dropLast())!)!)
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    /// What PlantUML shows for `text`: line breaks kept, tabs as spaces, control characters as U+FFFD.
    static func displayed(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.map { scalar in
                    switch scalar {
                    case "\r": "\n"
                    case "\t": " "
                    case _ where (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value): "\u{FFFD}"
                    default: scalar
                    }
                }))
    }
}
