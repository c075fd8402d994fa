import Testing

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

    @Test func markdownEscapesMarkupAndLineBreaks() {
        #expect(Escape.markdown("a|b *c* <d>\ne") == "a\\|b \\*c\\* \\<d\\> e")
    }
}
