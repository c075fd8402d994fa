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
    func html(markdown: String, title: String, inlineSVG: String?) throws -> String
    /// Replaces the marked region of `existing` with `generated`.
    func inject(_ generated: String, into existing: String, file: String) throws -> String
}

/// The real loaders and renderers.
struct LiveToolchain: ProjectToolchain {
    func load(_ path: String) throws -> Architecture { try ModelLoader.load(path) }

    func validate(_ architecture: Architecture, today: String?) -> [Finding] {
        Validator.validate(architecture, today: today)
    }

    func dot(_ architecture: Architecture, findings: [Finding], view: OutputView) -> String {
        PendingRenderers.dot(architecture, view: view)
    }

    func render(dot: String, format: OutputFormat, dpi: Double?) throws -> Data {
        if format == .dot { return Data(dot.utf8) }
        throw CLIError("this build of topograph cannot render \(format.rawValue) yet (Graphviz renderer pending)")
    }

    func markdown(_ architecture: Architecture, findings: [Finding], diagram: String?) -> String {
        PendingRenderers.markdown(architecture, findings: findings)
    }

    func html(markdown: String, title: String, inlineSVG: String?) throws -> String {
        throw CLIError("this build of topograph cannot write HTML yet (docs renderer pending)")
    }

    func inject(_ generated: String, into existing: String, file: String) throws -> String {
        throw CLIError("this build of topograph cannot inject into \(file) yet (docs renderer pending)")
    }
}

/// Stand-ins until the DOT and docs renderers land on main.
enum PendingRenderers {
    static func dot(_ architecture: Architecture, view: OutputView) -> String {
        "digraph \"\(architecture.name)-\(view.rawValue)\" {}\n"
    }

    static func markdown(_ architecture: Architecture, findings: [Finding]) -> String {
        "# \(architecture.name)\n\n\(findings.count) findings\n"
    }
}
