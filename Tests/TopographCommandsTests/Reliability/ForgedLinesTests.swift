import Testing

@testable import TopographCommands

/// The text lint format kept raw newlines, so a model string could forge report lines such as
/// `::warning::...`, which GitHub Actions obeys at the start of any line, leading spaces ignored.
@Suite struct ForgedLinesTests {
    @Test func noLineOfAModelStringCanPassForACICommand() {
        #expect(
            Escape.terminalLines("ok\n::warning file=x::forged\n   ##vso[task.complete]\r\nplain ::text")
                == ["ok", "\\u{3a}:warning file=x::forged", "   \\u{23}#vso[task.complete]", "plain ::text"])
    }

    @Test func theTextFormatKeepsForgeriesInert() {
        let lines = Escape.terminalLines("\u{1b}[2J\n\t::error::x\u{7}")
        #expect(lines == ["\\u{1b}[2J", " \\u{3a}:error::x\\u{7}"])
        #expect(!lines.contains { $0.drop { $0 == " " }.hasPrefix("::") })
    }
}
