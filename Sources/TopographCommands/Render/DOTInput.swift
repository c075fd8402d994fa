import Foundation

/// A DOT file given to `render` is laid out by Graphviz inside this process, so it is checked
/// before Graphviz sees it. Graphviz reads any file that an `image`, `shapefile`, `imagepath` or
/// `fontpath` attribute or an HTML label's `<IMG SRC=...>` names (a DOT file from someone else could
/// embed `/etc/passwd` in an SVG), and deeply nested clusters make its layout take minutes and
/// gigabytes. Topograph's own diagrams use none of that, so such input is refused with its line.
enum DOTInput {
    /// Far above any diagram Topograph draws (a 30,000-server model's DOT is about 9 MB grouped).
    static let maximumSize = 16 << 20
    /// Topograph nests zone, host and group clusters three or four deep.
    static let maximumNesting = 24
    /// Attributes that make Graphviz open a file.
    static let fileAttributes = ["image", "shapefile", "imagepath", "fontpath"]

    /// The text of the DOT file at `path`, after the checks.
    static func read(_ path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw CLIError("cannot read \(path): not a file", hint: "check the path")
        }
        guard Int(info.st_size) <= maximumSize else {
            throw CLIError(
                "\(path) is \(info.st_size >> 20) MB, over the \(maximumSize >> 20) MB limit for DOT input",
                hint: "render the model instead of its DOT; Topograph groups large designs")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CLIError("cannot read \(path)", hint: "check the path and that the file is UTF-8")
        }
        try check(text, file: path)
        return text
    }

    /// Refuses file-reading attributes and runaway nesting, naming the line.
    static func check(_ text: String, file: String) throws {
        var line = 1
        var depth = 0
        var inString = false
        var previous: UInt8 = 0
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if byte == UInt8(ascii: "\"") && previous != UInt8(ascii: "\\") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") {
                depth += 1
                if depth > maximumNesting {
                    throw CLIError(
                        "\(file):\(line): braces nested more than \(maximumNesting) deep",
                        hint: "Graphviz's layout time grows steeply with nested clusters; flatten the graph")
                }
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
            }
            if let attribute = fileAttribute(at: index, in: bytes) {
                throw CLIError(
                    "\(file):\(line): '\(attribute)' makes Graphviz read a file; topograph renders DOT without file access",
                    hint: "remove it, or run Graphviz's own `dot` on a file you trust")
            }
            previous = byte
            index += 1
        }
    }

    /// The file-reading attribute (or `<img`) that starts at `index`, if any: a whole word followed
    /// by `=`, possibly quoted and spaced.
    private static func fileAttribute(at index: Int, in bytes: [UInt8]) -> String? {
        let isWord = { (byte: UInt8) in
            byte == UInt8(ascii: "_") || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }
        if index > 0 && isWord(bytes[index - 1]) { return nil }
        if bytes[index] == UInt8(ascii: "<"), bytes.count > index + 3,
            String(decoding: bytes[(index + 1)...(index + 3)], as: UTF8.self).lowercased() == "img",
            bytes.count == index + 4 || !isWord(bytes[index + 4])
        {
            return "<IMG>"
        }
        for name in fileAttributes {
            let end = index + name.utf8.count
            guard end <= bytes.count, bytes[index..<end].elementsEqual(name.utf8), end == bytes.count || !isWord(bytes[end]) else {
                continue
            }
            var next = end
            while next < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\""), UInt8(ascii: "\n")].contains(bytes[next])
            {
                next += 1
            }
            if next < bytes.count && bytes[next] == UInt8(ascii: "=") { return name }
        }
        return nil
    }
}
