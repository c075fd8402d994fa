import Foundation
import TopographDOT
import TopographDocs
import TopographGraphviz
import TopographModel
import TopographModelFiles
import TopographValidation

/// The loaders and renderers `ModelPipeline` runs. A protocol so the project machinery (caching,
/// staleness, safe writes, locking) is tested with fakes, apart from the renderers' own tests.
protocol ProjectToolchain: Sendable {
    func load(_ path: String) throws -> Architecture
    /// The model's findings; accepted risks expire against `today` (`YYYY-MM-DD`).
    func validate(_ architecture: Architecture, today: String) -> [Finding]
    /// One view in one diagram language, with finding badges (`options.multiplicity` from grouping).
    func diagram(_ architecture: Architecture, findings: [Finding], options: DiagramOptions, language: DiagramLanguage) -> String
    /// Lays out DOT once and renders it to each DOT-language format; `.dot` is the source itself.
    func render(dot: String, formats: [DiagramFormat], dpi: Double?) throws -> [DiagramFormat: Data]
    /// The design document (`options.diagramPath` relative to the document).
    func markdown(_ architecture: Architecture, findings: [Finding], options: DocumentOptions) -> String
    /// The standalone HTML page of a design document, every view's SVG inlined in the viewer.
    func html(_ architecture: Architecture, markdown: String, figures: [DiagramFigure]) throws -> String
    /// Replaces the marked region of `existing` with `generated`.
    func inject(_ generated: String, into existing: String, file: String) throws -> String
}

extension ProjectToolchain {
    /// Lays out and renders DOT to one format.
    func render(dot: String, format: DiagramFormat, dpi: Double?) throws -> Data {
        guard let data = try render(dot: dot, formats: [format], dpi: dpi)[format] else {
            throw CLIError(
                "cannot render \(format.rawValue): the renderer returned nothing", hint: "this is a Topograph bug; please report it")
        }
        return data
    }
}

/// The real loaders and renderers.
struct LiveToolchain: ProjectToolchain {
    func load(_ path: String) throws -> Architecture { try ModelLoader.load(path) }

    func validate(_ architecture: Architecture, today: String) -> [Finding] {
        Validator.validate(architecture, today: today)
    }

    func diagram(_ architecture: Architecture, findings: [Finding], options: DiagramOptions, language: DiagramLanguage) -> String {
        switch language {
        case .dot: DiagramRenderer.dot(for: architecture, findings: findings, options: options)
        case .mermaid: DiagramRenderer.mermaid(for: architecture, findings: findings, options: options)
        case .c4PlantUML: DiagramRenderer.c4PlantUML(for: architecture, findings: findings, options: options)
        }
    }

    func render(dot: String, formats: [DiagramFormat], dpi: Double?) throws -> [DiagramFormat: Data] {
        // Committed .dot files are the source, not Graphviz's laid-out -Tdot: reviewable, and stable
        // across Graphviz versions.
        var files: [DiagramFormat: Data] = formats.contains(.dot) ? [.dot: Data(dot.utf8)] : [:]
        let drawn = formats.compactMap { format in format.graphviz.map { (format, $0) } }
        guard !drawn.isEmpty else { return files }
        do {
            // One layout for every format.
            let results = try Graphviz.render(dot: dot, formats: drawn.map(\.1), dpi: dpi)
            for (format, graphviz) in drawn { files[format] = results[graphviz]?.data }
            return files
        } catch let error as GraphvizError {
            throw CLIError("cannot render \(drawn.map(\.0.rawValue).joined(separator: ", ")): \(error)")
        }
    }

    func markdown(_ architecture: Architecture, findings: [Finding], options: DocumentOptions) -> String {
        DesignDocument.markdown(for: architecture, findings: findings, catalogue: Validator.catalogue, options: options)
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
