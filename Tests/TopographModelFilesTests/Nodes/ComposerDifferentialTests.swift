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

/// The items of the top-level lists are decoded while the rest of the file is parsed; the model and
/// every diagnostic are those of the decode after parsing (the Yams path), aliases included.
@Suite struct SectionPipelineTests {
    static let broken = """
        name: pipelined
        zones:
          - {id: dmz, kind: dmz}
          - {id: lan, kind: nowhere}
        hosts:
          - id: web-1
            zone: dmz
            components:
              - {id: nginx, kind: webServer, ports: [80, 99999]}
          - {id: web-2, zone: dmz, colour: blue}
        extra: 1
        components:
          - {id: lb, kind: loadBalancer, zone: dmz, loadBalancer: {backends: [nginx, ghost]}}
        flows:
          - {from: lb, to: nginx, protocol: http, port: 80}
          - {from: lb, to: nginx, protocol: http, port: eighty}
        acceptedRisks:
          - {rule: x, reason: y, colour: z}
        availability: {targets: {site: 101}}
        """

    @Test func itemsDecodedWhileParsingReportWhatTheSequentialDecodeReports() {
        let aliased = Self.broken.replacingOccurrences(of: "- {id: dmz, kind: dmz}", with: "- &z {id: dmz, kind: dmz}")
            .replacingOccurrences(of: "  - {id: lan, kind: nowhere}", with: "  - {id: lan, kind: nowhere}\n  - *z")
        for text in [Self.broken, aliased] {
            let outcome = ComposerDifferentialTests.outcome(text)
            #expect(outcome == ComposerDifferentialTests.referenceOutcome(text))
            #expect(outcome.count > 5, "\(outcome)")
        }
    }

    @Test func jsonItemsDecodedWhileParsingLoadTheSameModel() throws {
        for name in Repo.referenceModels {
            let model = try ModelLoader.load(Repo.path("models/\(name).yaml"))
            let json = try ModelDump.json(model, locations: true)
            #expect(JSONComposer.compose(json) != nil)
            #expect(try YAMLModelLoader.load(text: json, file: "d.json") == (try YamsReference.load(json, file: "d.json").get()))
        }
    }
}
