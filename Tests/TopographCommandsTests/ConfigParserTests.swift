import Foundation
import Testing
import TopographDOT
import TopographModel

@testable import TopographCommands

@Suite struct ConfigParserTests {
    func parse(_ text: String) throws -> ProjectConfig {
        try ConfigParser.parse(text, file: "topograph.yml", root: "/repo")
    }

    func error(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test func defaultsApplyToEveryModelAndNamesExpand() throws {
        let config = try parse(
            """
            version: 1
            defaults:
              diagrams: {formats: [svg, dot], dir: "out/{name}"}
              docs: true
              lint: {threshold: error}
            models:
              - models/shop.yaml
              - path: models/blog.swift
                name: journal
                diagrams: {views: [security]}
                docs: false
                lint: {enforce: false, baseline: "baselines/{name}.json"}
            """)
        #expect(config.models.map(\.name) == ["shop", "journal"])
        let shop = config.models[0]
        let journal = config.models[1]
        #expect(shop.diagrams == DiagramOutputs(formats: [.svg, .dot], views: DiagramView.standard, dir: "out/shop"))
        #expect(shop.docs == DocOutputs(markdown: "output/shop/design.md", html: "output/shop/design.html", diagram: .overview))
        #expect(shop.lint == ModelLintPolicy(threshold: .error, baseline: nil, enforce: true))
        #expect(journal.diagrams == DiagramOutputs(formats: [.svg, .dot], views: [.security], dir: "out/journal"))
        #expect(journal.docs == nil)
        #expect(journal.lint == ModelLintPolicy(threshold: .error, baseline: "baselines/journal.json", enforce: false))
        #expect(ArtifactPlan.files(of: journal).map(\.path) == ["out/journal/security.svg", "out/journal/security.dot"])
    }

    @Test func groupingIsAutomaticUnlessSaid() throws {
        let config = try parse("models:\n  - {path: a.yaml, diagrams: true}\n  - {path: b.yaml, diagrams: {group: never}}\n")
        #expect(config.models.map { $0.diagrams?.group } == [.auto, .never])
    }

    @Test func aModelWithoutSectionsGeneratesNothingButIsLinted() throws {
        let config = try parse("models: [models/a.yaml]")
        #expect(config.models == [ModelEntry(name: "a", path: "models/a.yaml")])
        #expect(ArtifactPlan.files(of: config.models[0]).isEmpty)
    }

    @Test func unknownKeysAreErrorsAtTheirPosition() {
        #expect(
            error("models:\n  - path: a.yaml\n    diagrams:\n      formatz: [svg]\n") == """
                topograph.yml:4:7: error: unknown key 'formatz' in diagrams
                  hint: allowed keys: formats, views, dir, dpi, group
                """)
        #expect(error("modles: []\n").hasPrefix("topograph.yml:1:1: error: unknown key 'modles' in the configuration"))
    }

    @Test func wrongValuesNameTheValueAndTheChoices() {
        #expect(
            error("models:\n  - path: a.yaml\n    lint: {threshold: fatal}\n") == """
                topograph.yml:3:23: error: 'fatal' is not a valid severity threshold
                  hint: use one of: note, warning, error
                """)
        #expect(error("models:\n  - path: a.yaml\n    diagrams: {views: [network]}\n").contains("'network' is not a valid diagram view"))
        #expect(error("models:\n  - path: a.yaml\n    diagrams: {group: sometimes}\n").contains("'sometimes' is not a valid grouping"))
        #expect(error("models:\n  - path: a.yaml\n    lint: {enforce: maybe}\n").contains("3:21: error: enforce must be true or false"))
        #expect(error("version: 2\nmodels: [a.yaml]\n").contains("1:10: error: unsupported configuration version"))
    }

    @Test func missingOrEmptyModelsAreErrors() {
        #expect(error("version: 1\n").contains("the configuration lists no models"))
        #expect(error("models: []\n").contains("1:9: error: the configuration lists no models"))
        #expect(error("models:\n  - name: x\n").contains("2:5: error: model entry has no `path`"))
        #expect(error("").contains("topograph.yml is empty"))
        #expect(error("models: [a.yaml\n").contains("topograph.yml:2:1: error: invalid YAML"))
    }

    @Test func clashingNamesAndOutputsAreErrors() {
        #expect(error("models: [a/x.yaml, b/x.yaml]\n").contains("two models are named 'x'"))
        #expect(
            error(
                """
                models:
                  - {path: a.yaml, docs: {markdown: README.md}}
                  - {path: b.yaml, docs: {markdown: ./README.md}}
                """
            ).contains("3:5: error: models 'a' and 'b' both write ./README.md"))
    }

    @Test func relativeLinksBetweenArtifacts() {
        #expect(RelativePath.from(directoryOf: "output/shop/design.md", to: "output/shop/overview.svg") == "overview.svg")
        #expect(RelativePath.from(directoryOf: "docs/design.md", to: "output/shop/overview.svg") == "../output/shop/overview.svg")
        #expect(RelativePath.from(directoryOf: "README.md", to: "output/shop/overview.svg") == "output/shop/overview.svg")
    }
}
