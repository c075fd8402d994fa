import Testing
import TopographTestSupport

@testable import TopographDocs

/// `MD.collapse` skips its Character-by-Character split for plain ASCII: both paths must agree.
@Suite struct CollapseTests {
    /// The definition: control characters (but tab, CR, LF) dropped, then every run of whitespace,
    /// newlines or NULs becomes one space, none at the ends.
    static func reference(_ raw: String) -> String {
        withoutControls(raw).split(whereSeparator: { $0.isWhitespace || $0.isNewline || $0 == "\u{0}" }).joined(separator: " ")
    }

    static func withoutControls(_ raw: String) -> String {
        let kept = raw.unicodeScalars.filter { scalar in
            let v = scalar.value
            return !((v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v))
        }
        return String(String.UnicodeScalarView(kept))
    }

    static let pieces = [
        "a", "web-1", " ", "  ", "\t", "\n", "\r\n", "\u{0}", "\u{7F}", "\u{1B}", "\u{7}", "\u{85}", "\u{A0}", "\u{2028}", "é", "x y", "|",
        "",
    ]

    @Test(arguments: 0..<4)
    func fastPathAgreesWithTheDefinition(seed: UInt64) {
        var rng = SeededGenerator(seed: 0xC011 + seed)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            #expect(MD.collapse(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func examples() {
        #expect(MD.collapse("lb -> web-1") == "lb -> web-1")
        #expect(MD.collapse(" lb") == "lb")
        #expect(MD.collapse("lb ") == "lb")
        #expect(MD.collapse("a  b") == "a b")
        #expect(MD.collapse("a\u{A0}b") == "a b")
        #expect(MD.collapse("") == "")
    }
}

/// `MD.code` likewise skips its split for plain ASCII; the fence must still outgrow any backtick run.
@Suite struct CodeSpanTests {
    static func reference(_ raw: String) -> String {
        let flat = CollapseTests.withoutControls(raw).split(whereSeparator: { $0.isNewline || $0 == "\u{0}" }).joined(separator: " ")
        guard !flat.isEmpty else { return "" }
        var longest = 0
        var run = 0
        for ch in flat {
            run = ch == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.first == "`" || flat.last == "`" || (flat.first == " " && flat.last == " ") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    static let pieces = ["a", "`", "``", " ", "\n", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "é", "x y", "|", "\u{2028}", "\t"]

    @Test(arguments: 0..<4)
    func fastPathAgreesWithTheDefinition(seed: UInt64) {
        var rng = SeededGenerator(seed: 0xC0DE + seed)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            #expect(MD.code(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
