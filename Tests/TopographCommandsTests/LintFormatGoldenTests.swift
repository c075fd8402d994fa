import Foundation
import Testing

@testable import TopographCommands

/// Every lint format on the same awkward report, compared with reviewed golden files.
@Suite struct LintFormatGoldenTests {
    @Test(arguments: [
        (LintFormat.text, "lint.txt"), (.json, "lint.json"), (.sarif, "lint.sarif"), (.junit, "lint.junit.xml"),
        (.github, "lint.github.txt"),
    ])
    func format(_ format: LintFormat, golden: String) throws {
        try expectGolden(format.render(Fixtures.report()), golden)
    }

    @Test func coloredText() throws {
        try expectGolden(LintFormat.text.render(Fixtures.report(), colored: true), "lint.color.txt")
    }

    @Test func cleanReportText() throws {
        let report = LintReport(
            results: [(model: "m.yaml", findings: [])], rules: Fixtures.rules, threshold: .warning, workingDirectory: "/")
        #expect(LintFormat.text.render(report) == "1 model: 0 errors, 0 warnings, 0 notes; 0 accepted, 0 baselined; passed\n")
    }

    @Test func plainTextHasNoEscapeCharacters() {
        let text = LintFormat.text.render(Fixtures.report())
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains("\\u{1b}[31mred\\u{7} replication"))
    }

    @Test func colorModes() {
        #expect(ColorMode.auto.isEnabled(isTerminal: true, environment: [:]))
        #expect(!ColorMode.auto.isEnabled(isTerminal: false, environment: [:]))
        #expect(!ColorMode.auto.isEnabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(ColorMode.auto.isEnabled(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(ColorMode.always.isEnabled(isTerminal: false, environment: ["NO_COLOR": "1"]))
        #expect(!ColorMode.never.isEnabled(isTerminal: true, environment: [:]))
    }
}
