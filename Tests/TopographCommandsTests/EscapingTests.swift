import Testing
import TopographTestSupport

@testable import TopographCommands

/// Escaping of model strings for each target format.
@Suite struct EscapingTests {
    @Test func githubDataEscapesPercentAndLineBreaks() {
        #expect(Escape.githubData("50% a\r\nb\nc") == "50%25 a%0D%0Ab%0Ac")
        #expect(Escape.githubData("a:b,c") == "a:b,c")
        #expect(Escape.githubData("\u{1B}[31mred\u{7}\ttab") == "[31mred\ttab")
    }

    @Test func githubPropertiesAlsoEscapeColonAndComma() {
        #expect(Escape.githubProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test func githubAnnotationCannotBeSplitByAModel() {
        let lines = LintFormat.github.render(Fixtures.report()).split(separator: "\n")
        // 4 active findings plus the summary: the injected "\n::error::" stays inside its annotation.
        #expect(lines.count == 5)
        #expect(lines.filter { $0.hasPrefix("::") }.count == 4)
        #expect(lines[3].hasPrefix("::notice file=models/other team's.yaml,title=data.async-replication::"))
    }

    @Test func terminalMakesControlCharactersVisible() {
        #expect(Escape.terminal("\u{1B}[2J\u{7}ok\tx") == "\\u{1b}[2J\\u{7}ok x")
        #expect(Escape.terminalLines("a\r\nb\nc") == ["a", "b", "c"])
        #expect(Escape.terminal("é “q” ✓") == "é “q” ✓")
    }

    /// The fast path for plain text must agree with the scalar-by-scalar escape on every string:
    /// random strings over an alphabet of every kind of character the escape treats specially.
    @Test func terminalFastPathAgreesWithTheLongWay() {
        let alphabet: [String] = [
            "a", " ", ":", "#", "é", "✓", "\t", "\n", "\r\n", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
            "\u{2028}", "\u{2029}", "\u{2027}", "\u{0B}", "\u{0C}", "\u{1F600}",
        ]
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &generator))
                .map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(Escape.terminal(text) == Escape.terminalByScalar(text), "\(text.unicodeScalars.map(\.value))")
            #expect(Escape.terminalLines(text) == Escape.terminalLinesBySplitting(text), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(Escape.isPlainLine("server-12 → web ✓"))
        #expect(!Escape.isPlainLine("a\u{85}b") && !Escape.isPlainLine("a\u{2028}") && !Escape.isPlainLine("\u{7F}"))
    }

    @Test func markdownEscapesMarkupAndLineBreaks() {
        #expect(Escape.markdown("a|b *c* <d>\ne") == "a\\|b \\*c\\* \\<d\\> e")
    }
}
