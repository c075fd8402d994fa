import Foundation
import Testing
import TopographModel
import TopographTestSupport

@testable import TopographModelFiles

/// The fast composers against Yams' composer (the loader's old path): the same trees, tags, styles
/// and positions, the same architectures, and the same diagnostics for broken input.
@Suite struct ComposerDifferentialTests {
    static func referenceTexts() throws -> [(name: String, text: String)] {
        try Repo.referenceModels.flatMap { name -> [(name: String, text: String)] in
            let yaml = try String(contentsOfFile: Repo.path("models/\(name).yaml"), encoding: .utf8)
            let model = try ModelLoader.load(Repo.path("models/\(name).yaml"))
            return [
                ("\(name).yaml", yaml), ("\(name).json", try ModelDump.json(model, locations: true)),
                ("\(name) dump.yaml", try ModelDump.yaml(model, locations: true)),
            ]
        }
    }

    @Test func libyamlEventsComposeTheTreeYamsComposes() throws {
        for (name, text) in try Self.referenceTexts() {
            let theirs = try YamsReference.compose(text).get()
            #expect(YamsReference.outline(try EventComposer.compose(text)) == YamsReference.outline(theirs), "\(name)")
        }
    }

    @Test func jsonComposerTakesDumpsAndMatchesLibyaml() throws {
        var texts = try Self.referenceTexts().filter { $0.name.hasSuffix(".json") }.map(\.text)
        for seed in UInt64(1)...60 {
            var generator = ModelGenerator(random: SeededGenerator(seed: seed))
            let model = generator.architecture()
            texts.append(try ModelDump.json(model, locations: seed % 2 == 0))
            texts.append(try Self.compactJSON(model, escapingSlashes: seed % 3 == 0))
        }
        for text in texts {
            let fast = try #require(JSONComposer.compose(text), "the JSON fast path refused a dump:\n\(text.prefix(300))")
            #expect(YamsReference.outline(fast) == YamsReference.outline(try EventComposer.compose(text)))
        }
    }

    @Test func generatedModelsLoadAsTheYamsPathLoadsThem() throws {
        for seed in UInt64(100)...160 {
            var generator = ModelGenerator(random: SeededGenerator(seed: seed))
            let model = generator.architecture()
            for text in [try ModelDump.yaml(model, locations: false), try ModelDump.json(model)] {
                let fast = try YAMLModelLoader.load(text: text, file: "g.yaml")
                #expect(fast == (try YamsReference.load(text, file: "g.yaml").get()), "seed \(seed)")
            }
        }
    }

    @Test(arguments: BadInputs.corpus) func brokenInputFailsAsOnTheYamsPath(text: String) {
        #expect(Self.outcome(text) == Self.referenceOutcome(text), "\(text.debugDescription)")
    }

    @Test func mutatedModelsFailOrLoadAsOnTheYamsPath() throws {
        let sources = try Self.referenceTexts().map(\.text)
        var random = SeededGenerator(seed: 9)
        for case_ in 0..<200 {
            let text = BadInputs.mutate(sources[case_ % sources.count], using: &random)
            let fast = Self.outcome(text)
            let reference = Self.referenceOutcome(text)
            if fast != reference {
                Issue.record("case \(case_): \(fast.prefix(3)) here, \(reference.prefix(3)) on the Yams path\n\(text)")
                return
            }
        }
    }

    /// `line:column: message` of every diagnostic, or the model's normalised JSON when it loads.
    static func outcome(_ text: String) -> [String] {
        do {
            return [try ModelDump.json(try YAMLModelLoader.load(text: text, file: "m.yaml"), locations: true)]
        } catch let error as ModelError {
            return error.diagnostics.map(Self.describe)
        } catch {
            return ["\(error)"]
        }
    }

    static func referenceOutcome(_ text: String) -> [String] {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        switch YamsReference.load(text, file: "m.yaml") {
        case .success(let model): return [(try? ModelDump.json(model, locations: true)) ?? "?"]
        case .failure(let error): return error.diagnostics.map(Self.describe)
        }
    }

    static func describe(_ d: ModelDiagnostic) -> String {
        "\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.message) \(d.hint ?? "")"
    }

    static func compactJSON(_ model: Architecture, escapingSlashes: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = escapingSlashes ? [.sortedKeys] : [.sortedKeys, .withoutEscapingSlashes]
        return ModelDump.escapeYAMLLineBreaks(String(decoding: try encoder.encode(model), as: UTF8.self))
    }
}
