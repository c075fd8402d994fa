import ArgumentParser
import Foundation
import TopographDOT
import TopographModel

/// `topograph diff`: compares two versions of a model, for reviews.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a model: elements, flows and findings.",
        discussion: """
            Reports zones, hosts, components, certificates, flows and accepted risks added, removed or \
            changed (field by field), and the findings the change introduces and resolves (matched by \
            rule and elements; the same rule on the same first element with other details is reported \
            as changed). Markdown suits a pull-request comment; dot, svg and png draw the overview of \
            both versions at once, each element once: added green, removed red and dashed, changed \
            amber with the changed fields named, unchanged grey.

            Exit status: 0 no introduced finding at or above the threshold, 1 there is one, 2 usage or \
            model error.

            Examples:
              topograph diff models/distributed.yaml models/secured-and-monitored.yaml
              topograph diff --git origin/main models/shop.swift --format markdown
              topograph diff old.yaml new.yaml --format svg -o diff.svg
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, dot, svg, png }

    @Argument(help: ArgumentHelp("The old and the new model; with --git, only the model.", valueName: "model"))
    var models: [String]

    @Option(name: .customLong("git"), help: ArgumentHelp("Compare the model with its version at this git revision.", valueName: "rev"))
    var revision: String?

    @Option(help: "Output format: text, markdown, dot, svg or png.")
    var format: Format = .text

    @Option(
        help: ArgumentHelp(
            "The view dot, svg and png draw: \(DiagramView.standard.map(\.name).joined(separator: ", ")).", valueName: "view"))
    var view: DiagramView = .overview

    @Option(help: "Introduced findings at or above this severity fail the diff: note, warning or error.")
    var severityThreshold: Severity = .warning

    @OptionGroup var output: OutputOptions

    @OptionGroup var validation: ValidationOptions

    func validate() throws {
        guard DiagramView.standard.contains(where: { $0.name == view.name }) else {
            throw ValidationError(
                "the \(view.name) view draws a failure, not a diff; use one of: \(DiagramView.standard.map(\.name).joined(separator: ", "))"
            )
        }
        let expected = revision == nil ? 2 : 1
        guard models.count == expected else {
            throw ValidationError(
                revision == nil
                    ? "give two models (old, new), or one model with --git <rev>"
                    : "with --git, give exactly one model")
        }
    }

    func run() throws {
        let pipeline = ModelPipeline(today: try validation.resolved())
        let (oldPath, newPath) = try revision.map { (try GitRevision.checkout(models[0], at: $0), models[0]) } ?? (models[0], models[1])
        let old = try pipeline.analyse(oldPath)
        let new = try pipeline.analyse(newPath)
        let diff = ArchitectureDiff.compute(
            old: old.architecture, new: new.architecture, oldFindings: old.findings, newFindings: new.findings)
        let verdict = LintVerdict(threshold: severityThreshold)
        func drawn(_ format: DiagramFormat) throws -> Data {
            try pipeline.toolchain.render(
                dot: DiffDiagram.dot(diff, old: old.architecture, new: new.architecture, view: view), format: format, dpi: nil)
        }
        let data: Data
        switch format {
        case .text: data = Data(DiffText.render(diff, verdict: verdict).utf8)
        case .markdown: data = Data(DiffMarkdown.render(diff, verdict: verdict).utf8)
        case .dot: data = try drawn(.dot)
        case .svg: data = try drawn(.svg)
        case .png: data = try drawn(.png)
        }
        try output.write(data)
        if !verdict.failing(diff.introduced).isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}
