import Testing

@testable import TopographDocs

/// ESC, BEL and NUL from model strings reached design.md and the HTML `<title>` raw.
@Suite struct ControlCharacterTests {
    static let hostile = "red\u{1b}[31m bell\u{7} nul\u{0} del\u{7f} c1\u{85}\u{9b}2J tab\tend"

    @Test func markdownDropsControlCharacters() {
        for escaped in [MD.text(Self.hostile), MD.code(Self.hostile)] {
            #expect(!escaped.unicodeScalars.contains { MD.isControl($0) }, "\(escaped.debugDescription)")
            #expect(escaped.contains("red") && escaped.contains("end"))
        }
    }

    @Test func htmlDropsControlCharactersEvenInTheTitle() {
        let escaped = HTMLPage.escape(Self.hostile + "<b>")
        #expect(!escaped.unicodeScalars.contains { MD.isControl($0) })
        #expect(escaped.hasSuffix("tab\tend&lt;b&gt;"))
    }

    @Test(arguments: Array(0..<0x20) + Array(0x7f...0x9f))
    func everyControlCharacterIsCaught(_ value: Int) {
        let scalar = Unicode.Scalar(UInt32(value))!
        let expected = scalar != "\t" && scalar != "\n" && scalar != "\r"
        #expect(MD.isControl(scalar) == expected)
        #expect(HTMLPage.escape("a\(Character(scalar))b").count == (expected ? 2 : 3))
    }
}
