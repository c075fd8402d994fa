import Foundation
import TopographModel
import TopographModelFiles
import TopographValidation

/// The loaders and renderers `generate`, `check` and `diff` orchestrate. A protocol so the pipeline
/// (caching, staleness, safe writes, locking) is tested with fakes, apart from the renderers' own tests.
protocol ProjectToolchain: Sendable {
    func load(_ path: String) throws -> Architecture
    func validate(_ architecture: Architecture, today: String?) -> [Finding]
    /// The Graphviz source of one view, with finding badges.
    func dot(_ architecture: Architecture, findings: [Finding], view: OutputView) -> String
    /// Lays out and renders DOT; `.dot` returns the source itself.
    func render(dot: String, format: OutputFormat, dpi: Double?) throws -> Data
    /// The design document; `diagram` is the path of the diagram to show, relative to the document.
    func markdown(_ architecture: Architecture, findings: [Finding], diagram: String?) -> String
    /// The standalone HTML page of a design document, the diagram's SVG inlined.
    func html(_ architecture: Architecture, markdown: String, inlineSVG: String?) throws -> String
    /// Replaces the marked region of `existing` with `generated`.
    func inject(_ generated: String, into existing: String, file: String) throws -> String
}

/// The real loaders and renderers.
struct LiveToolchain: ProjectToolchain {
    func load(_ path: String) throws -> Architecture { try ModelLoader.load(path) }

    func validate(_ architecture: Architecture, today: String?) -> [Finding] {
        Validator.validate(architecture, today: today)
    }

    // Interim until the DOT, Graphviz and docs renderers land on main.
    func dot(_ architecture: Architecture, findings: [Finding], view: OutputView) -> String {
        "digraph \"\(architecture.name)-\(view.rawValue)\" {}\n"
    }

    func render(dot: String, format: OutputFormat, dpi: Double?) throws -> Data {
        if format == .dot { return Data(dot.utf8) }
        throw CLIError("this build of topograph cannot render \(format.rawValue) yet (Graphviz renderer pending)")
    }

    func markdown(_ architecture: Architecture, findings: [Finding], diagram: String?) -> String {
        "# \(architecture.name)\n\n\(findings.count) findings\n"
    }

    func html(_ architecture: Architecture, markdown: String, inlineSVG: String?) throws -> String {
        throw CLIError("this build of topograph cannot write HTML yet (docs renderer pending)")
    }

    func inject(_ generated: String, into existing: String, file: String) throws -> String {
        throw CLIError("this build of topograph cannot inject into \(file) yet (docs renderer pending)")
    }
}
