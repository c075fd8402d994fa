import Foundation

/// The skeleton of a PDF file as a reader walks it: the header, the trailer's `startxref`, the
/// cross-reference table (every object where the table says it is), the catalogue, the page tree
/// and each page's media box. Enough to tell a complete, readable PDF from a truncated or garbled
/// one without a PDF library; content streams stay compressed and unread.
struct PDFStructure: Equatable {
    enum Problem: Error, Equatable, CustomStringConvertible {
        case noHeader, noEOF, noStartXref
        case noXrefAt(Int)
        case badXrefEntry(Int)
        case objectNotAt(object: Int, offset: Int)
        case noRoot, rootIsNotCatalog, noPageCount

        var description: String {
            switch self {
            case .noHeader: "no %PDF- header"
            case .noEOF: "no %%EOF at the end"
            case .noStartXref: "no startxref before %%EOF"
            case .noXrefAt(let offset): "startxref \(offset) does not point at an xref table"
            case .badXrefEntry(let index): "xref entry \(index) is malformed"
            case .objectNotAt(let object, let offset): "object \(object) is not at offset \(offset), as the xref says"
            case .noRoot: "the trailer names no /Root"
            case .rootIsNotCatalog: "/Root is not a /Catalog"
            case .noPageCount: "the page tree has no /Count"
            }
        }
    }

    /// `1.5` for `%PDF-1.5`.
    var version: String
    /// How many objects the cross-reference table places (in use, not free).
    var objects: Int
    /// The page tree's `/Count`.
    var pageCount: Int
    /// Every page's `/MediaBox` width and height, in points.
    var mediaBoxes: [[Double]]

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        let text = String(decoding: bytes, as: UTF8.self)
        guard data.starts(with: Data("%PDF-".utf8)) else { throw Problem.noHeader }
        version = String(bytes[5..<8].map { Character(UnicodeScalar($0)) })
        guard String(decoding: bytes.suffix(7), as: UTF8.self).contains("%%EOF") else { throw Problem.noEOF }
        guard let start = Self.lastMatch(#"startxref\s+(\d+)\s+%%EOF\s*$"#, in: text).flatMap({ Int($0) }) else {
            throw Problem.noStartXref
        }
        let offsets = try Self.xref(bytes, at: start)
        for (object, offset) in offsets {
            let head = Data("\(object) 0 obj".utf8)
            guard offset + head.count <= bytes.count, Data(bytes[offset..<offset + head.count]) == head else {
                throw Problem.objectNotAt(object: object, offset: offset)
            }
        }
        objects = offsets.count
        guard let root = Self.lastMatch(#"/Root\s+(\d+)\s+0\s+R"#, in: text).flatMap({ Int($0) }), let rootOffset = offsets[root] else {
            throw Problem.noRoot
        }
        let catalog = String(decoding: bytes[rootOffset..<min(bytes.count, rootOffset + 200)], as: UTF8.self)
        guard catalog.contains("/Type /Catalog") else { throw Problem.rootIsNotCatalog }
        guard let count = Self.lastMatch(#"/Type /Pages[^>]*?/Count (\d+)|/Count (\d+)[^>]*?/Type /Pages"#, in: text).flatMap({ Int($0) })
        else { throw Problem.noPageCount }
        pageCount = count
        mediaBoxes = Self.matches(#"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]"#, in: text).map { $0.compactMap(Double.init) }
    }

    /// The classic cross-reference table at `offset`: object number -> byte offset, in-use entries only.
    private static func xref(_ bytes: [UInt8], at offset: Int) throws -> [Int: Int] {
        guard offset < bytes.count else { throw Problem.noXrefAt(offset) }
        let lines = String(decoding: bytes[offset...], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "xref", lines.count > 1 else { throw Problem.noXrefAt(offset) }
        let section = lines[1].split(separator: " ").compactMap { Int($0) }
        guard section.count == 2 else { throw Problem.badXrefEntry(0) }
        var result: [Int: Int] = [:]
        for index in 0..<section[1] {
            guard index + 2 < lines.count else { throw Problem.badXrefEntry(index) }
            let fields = lines[index + 2].split(separator: " ")
            guard fields.count >= 3, let position = Int(fields[0]) else { throw Problem.badXrefEntry(index) }
            if fields[2].hasPrefix("n") { result[section[0] + index] = position }
        }
        return result
    }

    private static func lastMatch(_ pattern: String, in text: String) -> String? {
        matches(pattern, in: text).last?.first
    }

    /// The non-empty capture groups of every match.
    private static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (1..<match.numberOfRanges).compactMap { i in
                let range = match.range(at: i)
                return range.location == NSNotFound ? nil : ns.substring(with: range)
            }
        }
    }
}
