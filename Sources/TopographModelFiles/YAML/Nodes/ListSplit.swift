import Foundation

/// Where a big model file's biggest top-level list (`components:`, `flows:`, ...) can be cut at an
/// item boundary, so that the items after the cut are composed on another core while the rest of
/// the file is composed on this one (`EventComposer.composeSplit`).
///
/// Found by reading lines, not YAML: a list is a line `KEY:` at column 0 followed by lines indented
/// at least as far as its first item (`- ` at column c), up to the next line with text at column 0;
/// a cut is a line with `-` at column c. Whether a cut really lies between two items is for the
/// parsers to confirm (see `composeSplit`): this only proposes. Files with what would make line
/// counting or tag resolution differ between the two parts (carriage returns, YAML 1.1's Unicode
/// line breaks, `%` directives) are never cut.
struct ListSplit: Equatable {
    /// Byte offset of the list's first `-`: where libyaml starts the list's sequence.
    var listStart: Int
    /// Byte offset of the line the second part starts on.
    var split: Int
    /// Byte offset just past the list's last line (its end, or the file's).
    var end: Int
    /// Line breaks before `split`: the second part's lines are numbered from here.
    var linesBefore: Int
    /// Line breaks in `split..<end`: how far the lines after the list move when the part is cut out.
    var chunkLines: Int

    /// A list region as the line scan saw it.
    private struct Region {
        var firstItem: Int?
        var indent: Int?
        var items: [(offset: Int, line: Int)] = []
        var usable = true
        var end = 0
        var endLine = 0
    }

    /// The cut (with a second part of at least `minimum` bytes) whose second part is nearest
    /// `balance` times what comes before it: the thread composing the first part needs the second
    /// part's items when it reaches the cut list's end, and composes the rest of the file after.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, sections: Set<String>, minimum: Int, balance: Double)
        -> ListSplit?
    {
        func distance(_ cut: ListSplit) -> Double { abs(Double(cut.end - cut.split) - Double(cut.split) * balance) }
        var best: ListSplit?
        for cut in candidates(in: bytes, sections: sections) where cut.end - cut.split >= minimum {
            if let chosen = best, distance(chosen) <= distance(cut) { continue }
            best = cut
        }
        return best
    }

    /// Every cut the scan allows: each item of each usable list but its first.
    static func candidates(in bytes: UnsafeBufferPointer<UInt8>, sections: Set<String>) -> [ListSplit] {
        guard !hasUnusualBreaks(bytes) else { return [] }
        var regions: [Region] = []
        var open: Region?
        var lineStart = 0
        var line = 0
        func close(at offset: Int, line: Int) {
            guard var region = open else { return }
            region.end = offset
            region.endLine = line
            regions.append(region)
            open = nil
        }
        while lineStart < bytes.count {
            let lineEnd = memchrOffset(bytes, from: lineStart) ?? bytes.count
            let indent = prefixCount(bytes, from: lineStart, to: lineEnd, of: 0x20)
            let first = lineStart + indent < lineEnd ? bytes[lineStart + indent] : nil
            switch first {
            case nil, UInt8(ascii: "#"):
                break  // blank or comment: belongs to whatever is open
            case UInt8(ascii: "%") where indent == 0:
                return []  // a directive may change what tags mean in each part
            case UInt8(ascii: "\t"):
                open?.usable = false
            case UInt8(ascii: "-") where open != nil && isEntry(bytes, lineStart + indent, lineEnd):
                if open!.indent == nil {
                    open!.indent = indent
                    open!.firstItem = lineStart + indent
                }
                if indent == open!.indent {
                    open!.items.append((lineStart, line))
                } else if indent < open!.indent! {
                    open!.usable = false
                }
            default:
                if indent > 0 {
                    if let expected = open?.indent, indent <= expected { open?.usable = false }
                    if open?.indent == nil { open?.usable = false }
                } else {
                    close(at: lineStart, line: line)
                    if let name = listKey(bytes, lineStart, lineEnd), sections.contains(name) { open = Region() }
                }
            }
            lineStart = lineEnd + 1
            line += 1
        }
        close(at: bytes.count, line: line)
        return regions.filter { $0.usable && $0.items.count > 1 }.flatMap { region in
            region.items.dropFirst().map { item in
                ListSplit(
                    listStart: region.firstItem!, split: item.offset, end: region.end, linesBefore: item.line,
                    chunkLines: region.endLine - item.line)
            }
        }
    }

    /// `-` followed by a space or the line's end: a block sequence entry (not `---` or `-1`).
    private static func isEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ dash: Int, _ lineEnd: Int) -> Bool {
        dash + 1 == lineEnd || bytes[dash + 1] == 0x20
    }

    /// The key of a line `key:` (then only blanks or a comment) at column 0.
    private static func listKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var colon = start
        while colon < end, bytes[colon] != UInt8(ascii: ":") {
            let byte = bytes[colon]
            guard byte != 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "'") else { return nil }
            colon += 1
        }
        guard colon < end, colon > start else { return nil }
        let after = colon + 1 + prefixCount(bytes, from: colon + 1, to: end, of: 0x20)
        guard after == end || bytes[after] == UInt8(ascii: "#") && after > colon + 1 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
    }

    /// Carriage returns and YAML 1.1's Unicode line breaks (NEL, LS, PS), which libyaml counts as
    /// lines where this scan would not.
    private static func hasUnusualBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        if memchr(base, 0x0D, bytes.count) != nil { return true }
        var offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, 0xC2, bytes.count - offset) {
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if index + 1 < bytes.count, bytes[index + 1] == 0x85 { return true }
            offset = index + 1
        }
        offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, 0xE2, bytes.count - offset) {
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return true
            }
            offset = index + 1
        }
        return false
    }

    private static func memchrOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private static func prefixCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, of byte: UInt8) -> Int {
        var index = start
        while index < end, bytes[index] == byte { index += 1 }
        return index - start
    }
}
