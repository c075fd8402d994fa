import Foundation
import TopographDOT
import TopographDocs
import TopographModel

/// Everything one model entry produces, in memory: nothing is written here.
struct BuiltModel: Sendable {
    var findings: [Finding]
    /// Diagram and document bytes by path (relative to the project root); injections are separate
    /// because they depend on the target file's current content.
    var files: [String: Data]
    /// The Markdown to place into each injection target.
    var injection: String?
    /// What the user should know about how the artifacts were made (e.g. servers drawn grouped).
    var notes: [String] = []
}

/// Renders one model entry's artifacts from its model file.
enum ModelBuilder {
    static func build(_ entry: ModelEntry, in config: ProjectConfig, toolchain: some ProjectToolchain, today: String) throws -> BuiltModel {
        let modelPath = config.absolute(entry.path)
        guard FileManager.default.fileExists(atPath: modelPath) else {
            throw CLIError(
                "\(entry.path): no such model file (listed in \(config.file))",
                hint: "fix the `path:` of model '\(entry.name)' or create the file")
        }
        let pipeline = ModelPipeline(toolchain: toolchain, today: today)
        let model = try pipeline.analyse(modelPath)
        var files: [String: Data] = [:]
        var dots: [DiagramView: String] = [:]
        // Diagrams may fold identical servers (findings stay those of the whole model, moved onto
        // the nodes drawn for them); documents never do.
        let drawn = pipeline.drawn(model, grouping: entry.diagrams?.group ?? .auto)
        func dot(_ view: DiagramView) -> String {
            if let cached = dots[view] { return cached }
            let source = pipeline.diagram(drawn, options: DiagramOptions(view: view))
            dots[view] = source
            return source
        }
        if let diagrams = entry.diagrams {
            for view in diagrams.views {
                // One layout per view, whatever the number of formats.
                let rendered = try pipeline.files(
                    drawn, options: DiagramOptions(view: view), formats: diagrams.formats, dpi: diagrams.dpi, dot: { dot(view) })
                for (format, data) in rendered { files[diagrams.path(view, format)] = data }
            }
        }
        if let docs = entry.docs {
            try buildDocs(docs, entry: entry, model: model, pipeline: pipeline, files: &files, dot: dot)
        }
        let injection = entry.inject.isEmpty ? nil : pipeline.markdown(model, options: DocumentOptions())
        let notes = entry.diagrams != nil ? [drawn.summary].compactMap { $0.map { "diagrams \($0)" } } : []
        return BuiltModel(findings: model.findings, files: files, injection: injection, notes: notes)
    }

    private static func buildDocs<Toolchain>(
        _ docs: DocOutputs, entry: ModelEntry, model: AnalysedModel, pipeline: ModelPipeline<Toolchain>,
        files: inout [String: Data], dot: (DiagramView) -> String
    ) throws {
        let view = docs.diagram
        if let markdownPath = docs.markdown {
            let link = view.flatMap { diagramLink(for: $0, from: markdownPath, entry: entry) }
            files[markdownPath] = Data(pipeline.markdown(model, options: DocumentOptions(diagramPath: link)).utf8)
        }
        guard let htmlPath = docs.html else { return }
        // The same document as `topograph docs --format html --diagram <svg>`: linked, and inlined.
        let link = view.flatMap { diagramLink(for: $0, from: htmlPath, entry: entry) }
        let markdown = pipeline.markdown(model, options: DocumentOptions(diagramPath: link))
        // The page inlines every view's SVG in its viewer, so it stands alone; the document's own
        // view comes first. Rendered files are reused.
        var figures: [DiagramFigure] = []
        if let view {
            let views = [view] + (entry.diagrams?.views ?? []).filter { $0 != view }
            for shown in views {
                let known = entry.diagrams.map { $0.path(shown, .svg) }.flatMap { files[$0] }
                let svg = try known ?? pipeline.toolchain.render(dot: dot(shown), format: .svg, dpi: nil)
                figures.append(
                    DiagramFigure(
                        caption: shown.name.prefix(1).uppercased() + shown.name.dropFirst() + " view: " + shown.summary,
                        svg: String(decoding: svg, as: UTF8.self), fullSize: diagramLink(for: shown, from: htmlPath, entry: entry),
                        id: "view-" + shown.name))
            }
        }
        let page = try pipeline.html(model, markdown: markdown, figures: figures)
        files[htmlPath] = Data(page.utf8)
    }

    /// The generated SVG (else PNG) of `view`, relative to the document that shows it.
    static func diagramLink(for view: DiagramView, from document: String, entry: ModelEntry) -> String? {
        guard let diagrams = entry.diagrams, diagrams.views.contains(view) else { return nil }
        guard let format = [DiagramFormat.svg, .png].first(where: diagrams.formats.contains) else { return nil }
        return RelativePath.from(directoryOf: document, to: diagrams.path(view, format))
    }
}

/// Relative paths between files of one project, for links inside generated documents.
enum RelativePath {
    /// The path of `target` as seen from the directory containing `file` (both root-relative).
    static func from(directoryOf file: String, to target: String) -> String {
        let base = ((file as NSString).deletingLastPathComponent as NSString).standardizingPath
            .split(separator: "/").filter { $0 != "." }
        let goal = (target as NSString).standardizingPath.split(separator: "/").filter { $0 != "." }
        var common = 0
        while common < base.count, common < goal.count - 1, base[common] == goal[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + goal[common...].map(String.init)).joined(separator: "/")
    }
}
