import Foundation
import TopographModel
import TopographModelFiles
import TopographDOT
import TopographDocs
import TopographGraphviz
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

    func dot(_ architecture: Architecture, findings: [Finding], view: OutputView) -> String {
        let view = DiagramView(rawValue: view.rawValue) ?? .overview
        return DiagramRenderer.dot(for: architecture, findings: findings, options: DiagramOptions(view: view))
    }

    func render(dot: String, format: OutputFormat, dpi: Double?) throws -> Data {
        // Committed .dot files are the source, not Graphviz's laid-out -Tdot: reviewable, and stable
        // across Graphviz versions.
        if format == .dot { return Data(dot.utf8) }
        do {
            return try Graphviz.render(dot: dot, format: GraphvizFormat(rawValue: format.rawValue) ?? .svg, dpi: dpi)
        } catch let error as GraphvizError {
            throw CLIError("cannot render \(format.rawValue): \(error)")
        }
    }

    func markdown(_ architecture: Architecture, findings: [Finding], diagram: String?) -> String {
        DesignDocument.markdown(
            for: architecture, findings: findings, catalogue: Validator.catalogue, options: DocumentOptions(diagramPath: diagram))
    }

    func html(_ architecture: Architecture, markdown: String, inlineSVG: String?) throws -> String {
        try HTMLPage.render(markdown: markdown, title: DesignDocument.title(for: architecture, options: DocumentOptions()), inlineSVG: inlineSVG)
    }

    func inject(_ generated: String, into existing: String, file: String) throws -> String {
        do {
            return try MarkerRegion.inject(generated, into: existing, file: file)
        } catch let error as MarkerRegion.Error {
            throw CLIError(error.description, hint: "nothing was written")
        }
    }
}
