import Foundation
import Testing
import TopographModel
import TopographTestSupport

@testable import TopographCommands

/// Output paths stay inside the project, never name an input, and use only known placeholders; each
/// mistake is an error at its line and column (exit 2), before anything is written.
@Suite struct OutputPathTests {
    func error(_ text: String, allowOutside: Bool = false) -> String {
        do {
            _ = try ConfigParser.parse(text, file: "topograph.yml", root: "/repo", allowOutside: allowOutside)
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test func unknownPlaceholdersAreErrors() {
        #expect(
            error("models:\n  - path: m.yaml\n    diagrams: {dir: \"output/{nmae}\"}\n")
                == "topograph.yml:3:21: error: unknown placeholder {nmae} in dir 'output/{nmae}'\n  hint: the only placeholder is {name} (the model's name)"
        )
        #expect(
            error("models:\n  - path: m.yaml\n    docs: {markdown: \"{name}/{view}.md\"}\n").contains(
                "3:22: error: unknown placeholder {view}"))
        #expect(
            error("models:\n  - path: m.yaml\n    lint: {baseline: \"{nme}.json\"}\n").contains("unknown placeholder {nme} in baseline"))
        #expect(error("models:\n  - path: m.yaml\n    diagrams: {dir: \"out/{name}\"}\n") == "no error")
    }

    @Test func outputsOutsideTheProjectNeedTheOption() {
        #expect(
            error("models:\n  - path: m.yaml\n    docs: {markdown: ../elsewhere/d.md}\n")
                .hasPrefix("topograph.yml:3:22: error: markdown '../elsewhere/d.md' lies outside the project"))
        #expect(error("models:\n  - path: m.yaml\n    diagrams: {dir: /tmp/out}\n").contains("dir '/tmp/out' lies outside the project"))
        #expect(error("models:\n  - path: m.yaml\n    inject: [docs/../../README.md]\n").contains("lies outside the project"))
        #expect(
            error("models:\n  - path: m.yaml\n    name: ../../x\n    docs: true\n").contains(
                "would write output/../../x/design.md, outside the project"))
        #expect(error("models:\n  - path: m.yaml\n    docs: {markdown: ../elsewhere/d.md}\n", allowOutside: true) == "no error")
        #expect(error("models:\n  - path: m.yaml\n    docs: {markdown: docs/../d.md}\n") == "no error")
    }

    /// `docs: {markdown: "models/{name}.yaml"}` destroyed the model with exit 0.
    @Test func outputsThatAreInputsAreErrors() {
        #expect(
            error("models:\n  - path: models/m.yaml\n    docs: {markdown: \"models/{name}.yaml\"}\n")
                == "topograph.yml:2:5: error: model 'm' would write models/m.yaml, which is the model file of 'm'\n  hint: choose an output path that is not one of the project's inputs"
        )
        #expect(error("models:\n  - path: m.yaml\n    docs: {html: ./topograph.yml}\n").contains("which is the configuration file"))
        #expect(
            error("models:\n  - m.yaml\n  - path: n.yaml\n    docs: {markdown: m.yaml}\n").contains(
                "would write m.yaml, which is the model file of 'm'"))
        #expect(
            error("models:\n  - path: m.yaml\n    lint: {baseline: b.json}\n    docs: {markdown: b.json}\n").contains(
                "the lint baseline of 'm'"))
    }

    /// A symlinked output directory was followed outside the project.
    @Test func symlinksLeadingOutOfTheProjectAreRefused() throws {
        let project = try TemporaryProject()
        let outside = try TemporaryProject()
        try project.write("topograph.yml", "models:\n  - path: m.txt\n    docs: {markdown: output/m.md}\n")
        try project.write("m.txt", "name: m\n")
        try FileManager.default.createSymbolicLink(atPath: "\(project.root)/output", withDestinationPath: outside.root)
        let generation = Generation(config: try project.config(), toolchain: FakeToolchain(), today: "2026-01-01")
        #expect { try generation.run() } throws: {
            "\($0)".contains("error: output/m.md: resolves to \(outside.root)/m.md, outside the project")
        }
        #expect(outside.snapshot().isEmpty)
        // A symlink that makes an artifact one of the inputs is refused too.
        try FileManager.default.removeItem(atPath: "\(project.root)/output")
        try FileManager.default.createDirectory(atPath: "\(project.root)/output", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(project.root)/output/m.md", withDestinationPath: "../m.txt")
        #expect { try generation.run() } throws: { "\($0)".contains("output/m.md: is the model file of 'm'") }
        #expect(project.read("m.txt") == "name: m\n")
    }

    @Test func theBinaryExits2AndWritesNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try String(
            contentsOf: TestProcess.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml"), encoding: .utf8)
        try Data(model.utf8).write(to: directory.appendingPathComponent("web.yaml"))
        try Data("models:\n  - path: web.yaml\n    docs: {markdown: \"{name}.yaml\"}\n".utf8).write(
            to: directory.appendingPathComponent("topograph.yml"))
        let result = try Binary.run(["generate"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("topograph.yml:2:5: error: model 'web' would write web.yaml, which is the model file of 'web'"))
        #expect(try String(contentsOf: directory.appendingPathComponent("web.yaml"), encoding: .utf8) == model)
    }
}
