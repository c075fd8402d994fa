import Foundation
import TopographDOT
import TopographDocs
import TopographGraphviz
import TopographModel
import TopographModelFiles
import TopographValidation

/// The loaders and renderers `generate`, `check` and `diff` orchestrate. A protocol so the pipeline
/// (caching, staleness, safe writes, locking) is tested with fakes, apart from the renderers' own tests.
protocol ProjectToolchain: Sendable {
    func load(_ path: String) throws -> Architecture
    func validate(_ architecture: Architecture, today: String?) -> [Finding]
    /// The Graphviz source of one view, with finding badges; `multiplicity` comes from grouping.
    func dot(_ architecture: Architecture, findings: [Finding], view: OutputView, multiplicity: [ElementID: Int]) -> String
    /// Lays out DOT once and renders it to each format; `.dot` is the source itself.
    func render(dot: String, formats: [OutputFormat], dpi: Double?) throws -> [OutputFormat: Data]
    /// The design document; `diagram` is the path of the diagram to show, relative to the document.
    func markdown(_ architecture: Architecture, findings: [Finding], diagram: String?) -> String
    /// The standalone HTML page of a design document, every view's SVG inlined in the viewer.
    func html(_ architecture: Architecture, markdown: String, figures: [DiagramFigure]) throws -> String
    /// Replaces the marked region of `existing` with `generated`.
    func inject(_ generated: String, into existing: String, file: String) throws -> String
}

extension ProjectToolchain {
    /// Lays out and renders DOT to one format.
    func render(dot: String, format: OutputFormat, dpi: Double?) throws -> Data {
        try render(dot: dot, formats: [format], dpi: dpi)[format]!
    }
}

/// The real loaders and renderers.
struct LiveToolchain: ProjectToolchain {
    func load(_ path: String) throws -> Architecture { try ModelLoader.load(path) }

    func validate(_ architecture: Architecture, today: String?) -> [Finding] {
        Validator.validate(architecture, today: today)
    }

    func dot(_ architecture: Architecture, findings: [Finding], view: OutputView, multiplicity: [ElementID: Int]) -> String {
        let view = DiagramView(rawValue: view.rawValue) ?? .overview
        return DiagramRenderer.dot(for: architecture, findings: findings, options: DiagramOptions(view: view, multiplicity: multiplicity))
    }

    func render(dot: String, formats: [OutputFormat], dpi: Double?) throws -> [OutputFormat: Data] {
        // Committed .dot files are the source, not Graphviz's laid-out -Tdot: reviewable, and stable
        // across Graphviz versions.
        var files: [OutputFormat: Data] = formats.contains(.dot) ? [.dot: Data(dot.utf8)] : [:]
        let drawn = formats.compactMap { format in format == .dot ? nil : GraphvizFormat(rawValue: format.rawValue) }
        guard !drawn.isEmpty else { return files }
        do {
            for (format, result) in try Graphviz.render(dot: dot, formats: drawn, dpi: dpi) {
                files[OutputFormat(rawValue: format.rawValue)!] = result.data
            }
            return files
        } catch let error as GraphvizError {
            throw CLIError("cannot render \(drawn.map(\.rawValue).joined(separator: ", ")): \(error)")
        }
    }

    func markdown(_ architecture: Architecture, findings: [Finding], diagram: String?) -> String {
        DesignDocument.markdown(
            for: architecture, findings: findings, catalogue: Validator.catalogue, options: DocumentOptions(diagramPath: diagram))
    }

    func html(_ architecture: Architecture, markdown: String, figures: [DiagramFigure]) throws -> String {
        try HTMLPage.render(
            markdown: markdown, title: DesignDocument.title(for: architecture, options: DocumentOptions()), figures: figures)
    }

    func inject(_ generated: String, into existing: String, file: String) throws -> String {
        do {
            return try MarkerRegion.inject(generated, into: existing, file: file)
        } catch let error as MarkerRegion.Error {
            throw CLIError(error.description, hint: "nothing was written")
        }
    }
}
