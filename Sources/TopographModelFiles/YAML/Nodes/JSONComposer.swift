/// Composes a JSON model straight from its bytes, several times faster than libyaml's general
/// YAML scanner, into the same nodes and positions `EventComposer` builds from the same text.
///
/// It vouches only for plain, well-formed JSON that libyaml reads the way JSON does: anything else
/// (a syntax error, a duplicate key, a tab before the document, a character YAML treats as a line
/// break or refuses, a surrogate escape, a key too long to be a YAML simple key, very deep nesting)
/// returns nil, and the caller reads the text through libyaml, so every error keeps libyaml's
/// words and position.
struct JSONComposer {
    /// The root of `text` when it is JSON this composer vouches for; nil means "ask libyaml".
    /// Each item of a top-level list goes to `pipeline` as it closes.
    static func compose(_ text: String, pipeline: SectionPipeline? = nil) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes in
            var composer = JSONComposer(bytes: bytes)
            composer.pipeline = pipeline
            return composer.document()
        }
    }

    /// Deeper than any model; libyaml's own nesting limit then speaks.
    private static let depthLimit = 256
    /// libyaml forgets a possible key 1024 characters after its start; stay well inside that.
    private static let keyLimit = 1000

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    /// The column of `columnIndex`, counted in Unicode scalars as libyaml counts.
    private var column = 1
    private var columnIndex = 0
    private var pipeline: SectionPipeline?
    /// The top-level list being read, while its value is.
    private var section: String?
    /// The children of the collections being read (see `OpenChildren`).
    private var children = OpenChildren()

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func document() -> YAMLNode? {
        guard skipSpace(topLevel: true), index < bytes.count,
            bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[")
        else { return nil }
        guard let root = value(depth: 0), skipSpace(topLevel: true), index == bytes.count else { return nil }
        return root
    }

    private mutating func value(depth: Int) -> YAMLNode? {
        guard depth < Self.depthLimit, index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""):
            let mark = self.mark()
            return string().map { .scalar(.init(string: $0, tag: .str, style: .doubleQuoted, mark: mark)) }
        default: return plain()
        }
    }

    private mutating func object(depth: Int) -> YAMLNode? {
        let mark = self.mark()
        index += 1
        guard skipSpace() else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .mapping(.init(pairs: [], tag: .map, mark: mark))
        }
        let start = children.count
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let keyMark = self.mark()
            let keyStart = index
            guard let key = string(), skipSpace(), line == keyMark.line, index - keyStart <= Self.keyLimit,
                index < bytes.count, bytes[index] == UInt8(ascii: ":")
            else { return nil }
            index += 1
            if depth == 0, pipeline != nil { section = ArchitectureDecoder.listSections.contains(key) ? key : nil }
            guard skipSpace(), let item = value(depth: depth + 1) else { return nil }
            if depth == 0 { section = nil }
            children.append(.scalar(.init(string: key, tag: .str, style: .doubleQuoted, mark: keyMark)))
            children.append(item)
            guard let closed = separator(closer: UInt8(ascii: "}")) else { return nil }
            if closed { break }
        }
        // A repeated key: libyaml's composer reports it.
        return try? children.mapping(from: start, tag: .map, mark: mark).get()
    }

    private mutating func array(depth: Int) -> YAMLNode? {
        let mark = self.mark()
        index += 1
        guard skipSpace() else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .sequence(.init(items: [], tag: .seq, mark: mark))
        }
        let start = children.count
        while true {
            guard let item = value(depth: depth + 1) else { return nil }
            children.append(item)
            if depth == 1, let pipeline, let section { pipeline.send(section: section, item: item) }
            guard let closed = separator(closer: UInt8(ascii: "]")) else { return nil }
            if closed { break }
        }
        return children.sequence(from: start, tag: .seq, mark: mark)
    }

    /// After an item: true at the closer (consumed), false after a comma (and the space after it), nil otherwise.
    private mutating func separator(closer: UInt8) -> Bool? {
        guard skipSpace(), index < bytes.count else { return nil }
        if bytes[index] == closer {
            index += 1
            return true
        }
        guard bytes[index] == UInt8(ascii: ",") else { return nil }
        index += 1
        return skipSpace() ? false : nil
    }

    // MARK: Scalars

    /// A number, `true`, `false` or `null`: a plain scalar, its tag resolved as YAML resolves it.
    private mutating func plain() -> YAMLNode? {
        let start = index
        let mark = self.mark()
        while index < bytes.count, !Self.endsPlain(bytes[index]) { index += 1 }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard Self.isLiteral(token) || Self.isNumber(token) else { return nil }
        return .scalar(
            .init(
                string: String(decoding: token, as: UTF8.self), tag: TagResolution.resolve(bytes: token), style: .plain,
                mark: mark))
    }

    private static func endsPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: " "), UInt8(ascii: "\n"),
            UInt8(ascii: "\r"), UInt8(ascii: "\t"):
            true
        default: false
        }
    }

    private static func isLiteral(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        token.elementsEqual("true".utf8) || token.elementsEqual("false".utf8) || token.elementsEqual("null".utf8)
    }

    /// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    private static func isNumber(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < t.count, t[i] >= 0x30, t[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < t.count, t[i] == UInt8(ascii: "-") { i += 1 }
        guard i < t.count else { return false }
        if t[i] == UInt8(ascii: "0") {
            i += 1
        } else if digits() == 0 {
            return false
        }
        if i < t.count, t[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < t.count, t[i] == UInt8(ascii: "e") || t[i] == UInt8(ascii: "E") {
            i += 1
            if i < t.count, t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == t.count
    }

    /// A string's value, the opening quote at `index`; nil for anything libyaml could read differently.
    private mutating func string() -> String? {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            guard Self.isPlainText(bytes, at: index) else { return nil }
            index += 1
        }
        return nil
    }

    /// The slow path of `string`, once an escape shows up.
    private mutating func escapedString(from start: Int) -> String? {
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count, unescape(bytes[index + 1], into: &out) else { return nil }
                continue
            }
            guard Self.isPlainText(bytes, at: index) else { return nil }
            out.append(byte)
            index += 1
        }
        return nil
    }

    /// Appends the character an escape stands for and steps past it; false for escapes JSON lacks or
    /// libyaml refuses (a surrogate half).
    private mutating func unescape(_ letter: UInt8, into out: inout [UInt8]) -> Bool {
        if let byte = Self.simpleEscapes[letter] {
            out.append(byte)
            index += 2
            return true
        }
        guard letter == UInt8(ascii: "u"), index + 6 <= bytes.count else { return false }
        var code: UInt32 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = Self.hexValue(byte) else { return false }
            code = code << 4 | digit
        }
        guard let scalar = Unicode.Scalar(code) else { return false }  // nil for surrogate halves
        out.append(contentsOf: String(Character(scalar)).utf8)
        index += 6
        return true
    }

    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// A byte inside a string that JSON and libyaml both read as itself: no control characters, and
    /// none of the characters YAML folds as line breaks (NEL, LS, PS), refuses (C1 controls,
    /// U+FFFE, U+FFFF) or treats specially (a byte-order mark).
    private static func isPlainText(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = b[i]
        if byte < 0x80 { return byte >= 0x20 && byte != 0x7F }
        switch byte {
        case 0xC2: return i + 1 < b.count && b[i + 1] >= 0xA0
        case 0xE2: return !(i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9))
        case 0xEF:
            guard i + 2 < b.count else { return false }
            return !(b[i + 1] == 0xBB && b[i + 2] == 0xBF) && !(b[i + 1] == 0xBF && b[i + 2] >= 0xBE)
        default: return true
        }
    }

    // MARK: Space and positions

    /// Skips JSON whitespace, counting lines as libyaml does (CR LF, CR or LF); false when a tab
    /// stands outside the document, where YAML refuses it.
    private mutating func skipSpace(topLevel: Bool = false) -> Bool {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "): index += 1
            case UInt8(ascii: "\t"):
                guard !topLevel else { return false }
                index += 1
            case UInt8(ascii: "\n"): newLine(after: index + 1)
            case UInt8(ascii: "\r"):
                newLine(after: index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1)
            default: return true
            }
        }
        return true
    }

    private mutating func newLine(after next: Int) {
        index = next
        line += 1
        column = 1
        columnIndex = next
    }

    /// The position of `index`, columns counted in Unicode scalars (UTF-8 lead bytes) since the last look.
    private mutating func mark() -> YAMLNode.Mark {
        while columnIndex < index {
            if bytes[columnIndex] & 0xC0 != 0x80 { column += 1 }
            columnIndex += 1
        }
        return YAMLNode.Mark(line: line, column: column)
    }
}
