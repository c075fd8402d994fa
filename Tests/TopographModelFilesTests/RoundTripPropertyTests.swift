import Foundation
import Testing
import TopographModel
import TopographTestSupport

@testable import TopographModelFiles

/// Any valid model dumped to YAML or JSON loads back equal, whatever its strings contain.
@Suite struct RoundTripPropertyTests {
    @Test func generatedModelsRoundTripThroughYAMLAndJSON() throws {
        for seed in UInt64(1)...150 {
            var generator = ModelGenerator(random: SeededGenerator(seed: seed))
            let model = generator.architecture()
            try #require(ModelChecker.check(model).isEmpty, "generator made an invalid model (seed \(seed))")
            let yaml = try ModelDump.yaml(model, locations: seed % 2 == 0)
            let fromYAML = try #require(try? YAMLModelLoader.load(text: yaml, file: "g.yaml"), "seed \(seed):\n\(yaml)")
            #expect(fromYAML == model, "seed \(seed):\n\(yaml)")
            let json = try ModelDump.json(model)
            #expect(try YAMLModelLoader.load(text: json, file: "g.json") == model, "seed \(seed)")
            // Normalised output is a fixed point: dumping the loaded model gives the same bytes.
            #expect(try ModelDump.yaml(fromYAML) == ModelDump.yaml(model), "seed \(seed)")
        }
    }

    @Test(arguments: ModelGenerator.awkward)
    func awkwardStringsSurviveAsNamesAndIDs(text: String) throws {
        let id = ElementID(text.isEmpty ? "empty" : text)
        let model = Architecture(
            name: text, description: text, zones: [Zone(id: id, name: text, kind: .dmz, description: text)],
            acceptedRisks: [AcceptedRisk(rule: text, element: id, reason: text)])
        let yaml = try ModelDump.yaml(model, locations: false)
        #expect(try YAMLModelLoader.load(text: yaml, file: "a.yaml") == model, "\(yaml)")
    }

    @Test func writerQuotesOnlyWhatNeedsIt() {
        #expect(YAMLWriter.scalarText("www.foobar.com") == "www.foobar.com")
        #expect(YAMLWriter.scalarText("User's browser") == "User's browser")
        #expect(YAMLWriter.scalarText("/health") == "/health")
        #expect(YAMLWriter.scalarText("app->db:read") == "app->db:read")
        #expect(YAMLWriter.scalarText("1.24") == "\"1.24\"")
        #expect(YAMLWriter.scalarText("yes") == "\"yes\"")
        #expect(YAMLWriter.scalarText("null") == "\"null\"")
        #expect(YAMLWriter.scalarText("a: b") == "\"a: b\"")
        #expect(YAMLWriter.scalarText(" x") == "\" x\"")
        #expect(YAMLWriter.scalarText("say \"hi\"\n") == #""say \"hi\"\n""#)
        #expect(YAMLWriter.scalarText("") == "\"\"")
    }
}
