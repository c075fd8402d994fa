import Foundation
import Testing
import TopographModel
import TopographTestSupport
import TopographValidation

@testable import TopographCommands

/// `topograph rules` formats, and `docs/rules.md` kept equal to the Markdown of the real catalogue.
@Suite struct RulesFormatTests {
    /// Fails when a rule changed without regenerating the docs; `TOPOGRAPH_RECORD=1` regenerates.
    @Test func docsRulesIsFresh() throws {
        let url = TestPaths.repositoryRoot.appendingPathComponent("docs/rules.md")
        try GoldenFile.expect(RulesFormat.markdown.render(Validator.catalogue), at: url)
    }

    @Test(arguments: [(RulesFormat.text, "rules.txt"), (.markdown, "rules.md"), (.json, "rules.json")])
    func format(_ format: RulesFormat, golden: String) throws {
        try expectGolden(format.render(Fixtures.rules), golden)
    }

    @Test func catalogueJSONDecodesBackToTheDescriptors() throws {
        struct Document: Decodable {
            var version: Int
            var rules: [TopographModel.RuleDescriptor]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(RulesFormat.json.render(Fixtures.rules).utf8))
        #expect(document.version == 1)
        #expect(document.rules == Fixtures.rules)
    }

    @Test func markdownLinksEveryRuleToItsSection() {
        let markdown = RulesFormat.markdown.render(Fixtures.rules)
        for rule in Fixtures.rules {
            #expect(markdown.contains("[`\(rule.id)`](#\(RulesMarkdown.anchor(rule.id)))"))
            #expect(markdown.contains("### `\(rule.id)`"))
        }
        #expect(RulesMarkdown.anchor("tls.plaintext-after-termination") == "tlsplaintext-after-termination")
        #expect(RulesMarkdown.cell("a | b\nc") == "a \\| b c")
    }

    @Test func catalogueIsSortedByID() {
        #expect(Validator.catalogue.map(\.id) == Validator.catalogue.map(\.id).sorted())
    }
}
