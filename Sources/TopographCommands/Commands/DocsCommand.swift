import ArgumentParser
import Foundation
import TopographDOT
import TopographDocs
import TopographModel

/// `topograph docs`: Write the design document (Markdown or HTML).
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs", abstract: "Write the design document (Markdown or HTML).",
        discussion: """
            Writes to standard output unless -o is given. --inject replaces only the region between \
            \(MarkerRegion.begin) and \(MarkerRegion.end) in an existing Markdown file. --check writes \
            nothing and exits 1 when the target file is stale. Findings are those of `topograph lint` on \
            the same --today; --date only prints a generation date.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

    @Argument(help: "The model file (.swift, .yaml, .yml or .json).") var model: String
    @Option(help: "Output format.") var format: Format = .markdown
    @OptionGroup var output: OutputOptions
    @Option(help: "Replace the marked region of this Markdown file.") var inject: String?
    @Flag(help: "Write nothing; exit 1 when the file on disk differs from what would be generated.") var check = false
    @Option(help: "Print this generation date (YYYY-MM-DD) in the document; no date by default. Validation uses --today.")
    var date: String?
    @OptionGroup var validation: ValidationOptions
    @Option(
        help: """
            Relative path of the rendered diagram to link (HTML inlines Topograph's own render of the view the \
            file is named after, never the file), or 'mermaid' to embed every \
            view as a Mermaid chart that GitHub and GitLab draw in the Markdown itself.
            """) var diagram: String?

    /// Usage mistakes are ValidationErrors so ArgumentParser prints usage and the exit code is 2.
    func validate() throws {
        if let date, !ISODate.isValid(date) { throw ValidationError("--date must be a date written YYYY-MM-DD, not '\(date)'") }
        if inject != nil && output.file != nil {
            throw ValidationError("--inject and -o are exclusive: --inject rewrites its file in place")
        }
        if inject != nil && format == .html { throw ValidationError("--inject works on Markdown files; drop --format html") }
        if check && inject == nil && output.file == nil {
            throw ValidationError("--check needs -o FILE or --inject FILE to compare against")
        }
    }

    func run() throws {
        let pipeline = ModelPipeline(today: try validation.resolved())
        let analysed = try pipeline.analyse(model)
        let options = DocumentOptions(
            diagramPath: diagram == "mermaid" ? nil : diagram, date: date,
            mermaid: diagram == "mermaid" ? mermaidCharts(analysed, pipeline: pipeline) : [])
        let markdown = pipeline.markdown(analysed, options: options)
        let target = inject ?? output.file
        var text = markdown
        switch format {
        case .markdown: break
        case .html:
            let figures = try ownSVG(analysed, pipeline: pipeline).map {
                [DiagramFigure(caption: "Diagram", svg: $0, fullSize: nil, id: "view-diagram")]
            }
            text = try pipeline.html(analysed, markdown: markdown, figures: figures ?? [])
        }
        if let inject {
            let existing = try DocsCommand.read(inject)
            do {
                text = try MarkerRegion.inject(markdown, into: existing, file: inject)
            } catch let error as MarkerRegion.Error {
                throw CLIError(error.description, hint: "nothing was written")
            }
        }
        guard let target else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        if check {
            let onDisk = FileManager.default.fileExists(atPath: target) ? try DocsCommand.read(target) : ""
            if let summary = Staleness.summary(expected: text, actual: onDisk, file: target) {
                ExitStatus.printError(summary + "\n  hint: run the same command without --check to regenerate it")
                throw ExitCode(ExitStatus.findings)
            }
            return
        }
        try AtomicFile.write(text, to: target)
    }

    /// Every view as Mermaid, numbered with the same findings as the document.
    private func mermaidCharts(_ model: AnalysedModel, pipeline: ModelPipeline<LiveToolchain>) -> [DocumentOptions.MermaidChart] {
        // Documents describe the whole model: the charts are drawn ungrouped.
        let drawn = pipeline.drawn(model, grouping: .never)
        return DiagramView.standard.map { view in
            let text = pipeline.diagram(drawn, options: DiagramOptions(view: view), language: .mermaid)
            return DocumentOptions.MermaidChart(
                caption: "\(view.name.prefix(1).uppercased() + view.name.dropFirst()) view: \(view.summary)", text: text)
        }
    }

    /// The SVG the HTML page inlines for `--diagram X.svg`: Topograph's own render of the view the
    /// file is named after (the overview otherwise), never the file itself. A file on disk can be
    /// anyone's SVG, `<script>` and `onload` included, and the page would run it.
    private func ownSVG(_ model: AnalysedModel, pipeline: ModelPipeline<LiveToolchain>) throws -> String? {
        guard let diagram, diagram.lowercased().hasSuffix(".svg") else { return nil }
        let stem = ((diagram as NSString).lastPathComponent as NSString).deletingPathExtension
        let view = DiagramView.allCases.first { $0.name == stem } ?? .overview
        let drawn = pipeline.drawn(model, grouping: .auto)
        let files = try pipeline.files(drawn, options: DiagramOptions(view: view), formats: [.svg], dpi: nil)
        return files[.svg].map { String(decoding: $0, as: UTF8.self) }
    }

    /// A UTF-8 text file, byte for byte (invalid UTF-8 is refused rather than silently rewritten).
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path)", hint: "check the path")
        }
        guard let text = String(validating: data, as: UTF8.self) else { throw CLIError("\(path) is not UTF-8 text") }
        return text
    }
}
