import Foundation
import TopographDOT
import TopographDocs
import TopographGraphviz
import TopographModel
import TopographModelFiles
import TopographValidation
import Yams

/// The project code being measured, in one place, so each suite reads as what it measures.
enum Subjects {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// The date findings are evaluated on; fixed so runs compare.
    static let today = "2026-01-01"

    static func lint(_ architecture: Architecture) -> [Finding] {
        Validator.validate(architecture, today: today)
    }

    /// The YAML model loader on the file's text. The CLI's 20 MB model-file limit (`ModelFileReader`,
    /// a guard against loading the wrong file) is left out, so the 30,000-server point is measured too.
    static func load(_ path: String) throws -> Architecture {
        try YAMLModelLoader.load(text: String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    /// Just the YAML parse of the text, the floor any YAML loader pays; `resolvingTags: false` skips
    /// Yams' per-scalar regular expressions that decide whether a plain scalar is a number, bool or null.
    static func parseYAML(_ text: String, resolvingTags: Bool = true) throws {
        _ = try Yams.compose(yaml: text, resolvingTags ? .default : .basic)
    }

    /// The overview diagram's DOT, findings overlaid.
    static func dot(_ architecture: Architecture, findings: [Finding]) throws -> String {
        DiagramRenderer.dot(for: architecture, findings: findings)
    }

    /// Layout and render through libgvc in this process.
    static func render(dot: String, format: String) throws -> Data {
        guard let format = GraphvizFormat(rawValue: format) else { throw Unavailable(description: "no format \(format)") }
        return try Graphviz.render(dot: dot, format: format)
    }

    /// The Markdown design document.
    static func docs(_ architecture: Architecture, findings: [Finding]) throws -> String {
        DesignDocument.markdown(
            for: architecture, findings: findings, catalogue: Validator.catalogue, options: DocumentOptions())
    }
}
