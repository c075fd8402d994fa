import Foundation
import TopographAnalysis
import TopographDOT
import TopographDocs
import TopographFailure
import TopographModel

/// A model and its findings on the pipeline's validation date.
struct AnalysedModel: Sendable {
    var architecture: Architecture
    /// In the validator's order: a finding's 1-based position is its number in the doc and on badges.
    var findings: [Finding]
}

/// A model as its diagrams draw it: identical servers folded when the grouping policy says so, and
/// every finding moved onto the node drawn for its elements, so no badge is lost.
struct DrawnModel: Sendable {
    var architecture: Architecture
    /// The analysed model's findings, same order and count, elements mapped onto drawn ones.
    var findings: [Finding]
    /// How many model elements each drawn one stands for (only those standing for more than one).
    var multiplicity: [ElementID: Int]
    /// What was folded ("grouped 3 identical servers: …"); nil when nothing was.
    var summary: String?
}

/// The one path every command takes a model along: load -> validate (on one date) -> group
/// (diagrams only) -> DOT / Markdown / HTML. `lint`, `render`, `docs`, `diff`, `generate` and
/// `check` all run it, so they cannot disagree on what a model's findings are or which risks are
/// accepted.
struct ModelPipeline<Toolchain: ProjectToolchain>: Sendable {
    var toolchain: Toolchain
    /// `YYYY-MM-DD`: accepted risks expire against it (`ValidationOptions`).
    var today: String

    /// Loads and validates the model file at `path`.
    func analyse(_ path: String) throws -> AnalysedModel {
        analyse(try toolchain.load(path))
    }

    /// Validates a loaded model.
    func analyse(_ architecture: Architecture) -> AnalysedModel {
        AnalysedModel(architecture: architecture, findings: toolchain.validate(architecture, today: today))
    }

    /// The model as diagrams draw it under `grouping`; documents always describe the whole model.
    func drawn(_ model: AnalysedModel, grouping: GroupingPolicy) -> DrawnModel {
        grouping.drawn(model)
    }

    /// One diagram of the drawn model, in one language.
    func diagram(_ drawn: DrawnModel, options: DiagramOptions, language: DiagramLanguage = .dot) -> String {
        var options = options
        options.multiplicity = drawn.multiplicity
        // The failure view without a chosen failure draws the design's most severe one.
        if options.view == .failure && options.failure == nil,
            let worst = BlastRadius.worstSingleFailure(facts: ArchitectureFacts(drawn.architecture))
        {
            options.failure = FailureMarks(worst)
        }
        return toolchain.diagram(drawn.architecture, findings: drawn.findings, options: options, language: language)
    }

    /// One diagram of the drawn model in every format asked for: each language written once, and
    /// DOT laid out once for all its picture formats.
    func files(
        _ drawn: DrawnModel, options: DiagramOptions, formats: [DiagramFormat], dpi: Double?, dot: (() -> String)? = nil
    ) throws -> [DiagramFormat: Data] {
        var files: [DiagramFormat: Data] = [:]
        for language in DiagramLanguage.allCases {
            let wanted = formats.filter { $0.language == language }
            guard !wanted.isEmpty else { continue }
            switch language {
            case .dot:
                let source = dot?() ?? diagram(drawn, options: options, language: .dot)
                files.merge(try toolchain.render(dot: source, formats: wanted, dpi: dpi)) { _, new in new }
            case .mermaid, .c4PlantUML:
                let text = Data(diagram(drawn, options: options, language: language).utf8)
                for format in wanted { files[format] = text }
            }
        }
        return files
    }

    /// The design document as Markdown.
    func markdown(_ model: AnalysedModel, options: DocumentOptions) -> String {
        toolchain.markdown(model.architecture, findings: model.findings, options: options)
    }

    /// The design document as a standalone HTML page, each figure's SVG inlined in the viewer.
    func html(_ model: AnalysedModel, markdown: String, figures: [DiagramFigure]) throws -> String {
        try toolchain.html(model.architecture, markdown: markdown, figures: figures)
    }
}

extension ModelPipeline where Toolchain == LiveToolchain {
    /// The real loaders and renderers, validating on `today`.
    init(today: String) { self.init(toolchain: LiveToolchain(), today: today) }
}
