import Testing
import TopographTestSupport

@testable import TopographDocs

/// `MD.collapse` skips its Character-by-Character split for plain ASCII: both paths must agree.
@Suite struct CollapseTests {
    /// The definition: every run of whitespace, newlines or NULs becomes one space, none at the ends.
    static func reference(_ raw: String) -> String {
        raw.split(whereSeparator: { $0.isWhitespace || $0.isNewline || $0 == "\u{0}" }).joined(separator: " ")
    }

    static let pieces = ["a", "web-1", " ", "  ", "\t", "\n", "\r\n", "\u{0}", "\u{7F}", "\u{A0}", "\u{2028}", "é", "x y", "|", ""]

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
        let flat = raw.split(whereSeparator: { $0.isNewline || $0 == "\u{0}" }).joined(separator: " ")
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

    static let pieces = ["a", "`", "``", " ", "\n", "\r\n", "\u{0}", "é", "x y", "|", "\u{2028}", "\t"]

    @Test(arguments: 0..<4)
    func fastPathAgreesWithTheDefinition(seed: UInt64) {
        var rng = SeededGenerator(seed: 0xC0DE + seed)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            #expect(MD.code(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
