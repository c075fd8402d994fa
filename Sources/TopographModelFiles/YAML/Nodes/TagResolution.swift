/// Resolves the tag of a plain scalar by the rules of Yams' default resolver (YAML 1.1: bool, int,
/// float, merge, null, timestamp, value, in that order), matched by hand instead of by regular
/// expressions: the regex resolver was most of the loading time. `TagResolutionTests` checks every
/// rule against Yams' own resolver on generated strings.
enum TagResolution {
    static func resolve(plain text: String) -> YAMLTag {
        var text = text
        return text.withUTF8 { resolve(bytes: $0) }
    }

    static func resolve(bytes s: UnsafeBufferPointer<UInt8>) -> YAMLTag {
        guard let first = s.first else { return .null }
        // Most scalars are names: a letter that starts no keyword decides at once.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            if isInt(s) { return .int }
            if isFloat(s) { return .float }
            if isTimestamp(s) { return .timestamp }
            return .str
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
            UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
            UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "="):
            guard s.count <= 5 else { return .str }
            let word = String(decoding: s, as: UTF8.self)
            if boolWords.contains(word) { return .bool }
            if word == "<<" { return .merge }
            if nullWords.contains(word) { return .null }
            if word == "=" { return .value }
            return .str
        default:
            return .str  // no keyword starts with this byte: no text to build, no set to search
        }
    }

    private static let boolWords: Set = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
        "off", "Off", "OFF",
    ]
    private static let nullWords: Set = ["~", "null", "Null", "NULL"]

    // MARK: int: [-+]?(0b[01_]+ | 0o?[0-7_]+ | 0 | [1-9][0-9_]* | 0x[0-9a-fA-F_]+ | [1-9][0-9_]*(:[0-5]?[0-9])+)

    static func isInt(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let r = UnsafeBufferPointer(rebasing: s[signLength(s)...])
        guard let first = r.first else { return false }
        if first == UInt8(ascii: "0") {
            if r.count == 1 { return true }
            let second = r[1]
            let after2 = UnsafeBufferPointer(rebasing: r[2...])
            if second == UInt8(ascii: "b") { return !after2.isEmpty && after2.allSatisfy { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F } }
            if second == UInt8(ascii: "x") { return !after2.isEmpty && after2.allSatisfy { isHex($0) || $0 == 0x5F } }
            if second == UInt8(ascii: "o") { return !after2.isEmpty && after2.allSatisfy(isOctalOrUnderscore) }
            return r.dropFirst().allSatisfy(isOctalOrUnderscore)
        }
        guard isDigit(first), first != UInt8(ascii: "0") else { return false }
        let head = prefixLength(r, from: 1) { isDigit($0) || $0 == 0x5F }
        if head == r.count { return true }
        return isSexagesimalTail(r, from: head, requireGroup: true) == r.count
    }

    // MARK: float

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?`, `\.[0-9_]+([eE][-+][0-9]+)?`,
    /// `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`, `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`.
    static func isFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = s.count <= 5 ? String(decoding: s, as: UTF8.self) : ""
        if [".nan", ".NaN", ".NAN"].contains(word) { return true }
        let sign = signLength(s)
        let r = UnsafeBufferPointer(rebasing: s[sign...])
        if [".inf", ".Inf", ".INF"].contains(String(decoding: r.prefix(5), as: UTF8.self)) && r.count == 4 { return true }
        guard let first = r.first else { return false }
        if first == UInt8(ascii: ".") {
            // Only the unsigned form may start with a dot (and its exponent needs a sign).
            guard sign == 0 else { return false }
            let digits = prefixLength(r, from: 1) { isDigit($0) || $0 == 0x5F }
            guard digits > 1 else { return false }
            return digits == r.count || exponentLength(r, from: digits, signRequired: true) == r.count - digits
        }
        guard isDigit(first) else { return false }
        let head = prefixLength(r, from: 1) { isDigit($0) || $0 == 0x5F }
        if head < r.count, r[head] == UInt8(ascii: ":") {
            let end = isSexagesimalTail(r, from: head, requireGroup: true)
            guard end < r.count, r[end] == UInt8(ascii: ".") else { return false }
            return prefixLength(r, from: end + 1) { isDigit($0) || $0 == 0x5F } == r.count
        }
        var index = head
        if index < r.count, r[index] == UInt8(ascii: ".") {
            index = prefixLength(r, from: index + 1) { isDigit($0) || $0 == 0x5F }
        }
        return index == r.count || exponentLength(r, from: index, signRequired: false) == r.count - index
    }

    /// The length of `[eE][-+]?[0-9]+` at `index`, or 0 when there is none.
    private static func exponentLength(_ r: UnsafeBufferPointer<UInt8>, from index: Int, signRequired: Bool) -> Int {
        guard index < r.count, r[index] == UInt8(ascii: "e") || r[index] == UInt8(ascii: "E") else { return 0 }
        var i = index + 1
        if i < r.count, r[i] == UInt8(ascii: "+") || r[i] == UInt8(ascii: "-") {
            i += 1
        } else if signRequired {
            return 0
        }
        let end = prefixLength(r, from: i, isDigit)
        return end > i ? end - index : 0
    }

    // MARK: timestamp

    /// `YYYY-MM-DD`, or `YYYY-M-D` with a time `[Tt]` or blanks, `H:MM:SS(.fff)?` and an optional zone.
    static func isTimestamp(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count >= 8, digits(s, 0, 4), s[4] == UInt8(ascii: "-") else { return false }
        if s.count == 10, digits(s, 5, 2), s[7] == UInt8(ascii: "-"), digits(s, 8, 2) { return true }
        var i = 5
        guard let month = oneOrTwoDigits(s, i), month + i < s.count, s[month + i] == UInt8(ascii: "-") else { return false }
        i += month + 1
        guard let day = oneOrTwoDigits(s, i) else { return false }
        i += day
        guard i < s.count else { return false }
        if s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: "t") {
            i += 1
        } else {
            let blanks = prefixLength(s, from: i) { $0 == 0x20 || $0 == 0x09 }
            guard blanks > i else { return false }
            i = blanks
        }
        guard let hour = oneOrTwoDigits(s, i) else { return false }
        i += hour
        guard i + 6 <= s.count, s[i] == UInt8(ascii: ":"), digits(s, i + 1, 2), s[i + 3] == UInt8(ascii: ":"),
            digits(s, i + 4, 2)
        else { return false }
        i += 6
        if i < s.count, s[i] == UInt8(ascii: ".") { i = prefixLength(s, from: i + 1, isDigit) }
        return isZone(s, from: i)
    }

    /// `([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?` to the end.
    private static func isZone(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        if start == s.count { return true }
        let i = prefixLength(s, from: start) { $0 == 0x20 || $0 == 0x09 }
        guard i < s.count else { return false }
        if s[i] == UInt8(ascii: "Z") { return i + 1 == s.count }
        guard s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-"), let hours = oneOrTwoDigits(s, i + 1) else {
            return false
        }
        let end = i + 1 + hours
        if end == s.count { return true }
        return end + 3 == s.count && s[end] == UInt8(ascii: ":") && digits(s, end + 1, 2)
    }

    // MARK: pieces

    private static func signLength(_ s: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = s.first else { return 0 }
        return first == UInt8(ascii: "+") || first == UInt8(ascii: "-") ? 1 : 0
    }

    /// The end of `(:[0-5]?[0-9])+` (or `*` when no group is required) starting at `index`.
    private static func isSexagesimalTail(_ r: UnsafeBufferPointer<UInt8>, from index: Int, requireGroup: Bool) -> Int {
        var i = index
        var groups = 0
        while i < r.count, r[i] == UInt8(ascii: ":") {
            let digits = prefixLength(r, from: i + 1, isDigit) - (i + 1)
            if digits == 1 {
                i += 2
            } else if digits >= 2, r[i + 1] <= UInt8(ascii: "5") {
                i += 3
            } else {
                break
            }
            groups += 1
        }
        return groups == 0 && requireGroup ? index : i
    }

    private static func prefixLength(
        _ s: UnsafeBufferPointer<UInt8>, from start: Int, _ accept: (UInt8) -> Bool
    ) -> Int {
        var i = start
        while i < s.count, accept(s[i]) { i += 1 }
        return i
    }

    private static func digits(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Bool {
        guard start + count <= s.count else { return false }
        return s[start..<(start + count)].allSatisfy(isDigit)
    }

    private static func oneOrTwoDigits(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start < s.count, isDigit(s[start]) else { return nil }
        return start + 1 < s.count && isDigit(s[start + 1]) ? 2 : 1
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66) }
    private static func isOctalOrUnderscore(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x37) || c == 0x5F }
}
