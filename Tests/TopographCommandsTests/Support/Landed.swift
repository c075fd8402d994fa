import Foundation
import TopographModel
import TopographValidation
@testable import TopographCommands

/// Which of the pieces the workflow commands orchestrate are on this branch yet. End-to-end tests that
/// need one are enabled only once it has landed, so the suite stays green while branches merge.
/// TODO(workflow): remove once rules, diagrams, docs and dsl are all on main.
enum Landed {
    static let rules = !Validator.catalogue.isEmpty
    static let renderers: Bool = {
        let toolchain = LiveToolchain()
        return (try? toolchain.render(dot: "digraph {}", format: .svg, dpi: nil)) != nil
            && (try? toolchain.html(Architecture(name: "probe"), markdown: "# probe\n", inlineSVG: nil)) != nil
    }()
    static let swiftModels = FileManager.default.fileExists(
        atPath: TestPaths.repositoryRoot.appendingPathComponent("models/secured-and-monitored.swift").path)
    static let everything = rules && renderers
}
