import ArgumentParser
import Foundation
import TopographAnalysis
import TopographDOT
import TopographFailure
import TopographGraphviz
import TopographModel

/// `topograph render`: diagrams of a model as DOT, SVG, PNG, PDF (laid out in-process by libgvc), Mermaid or C4-PlantUML.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Render diagrams: DOT, SVG, PNG, PDF, Mermaid, C4-PlantUML.",
        discussion: """
            Views: \(DiagramView.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")).
            Formats: dot (the diagram's DOT source), dot-layout (DOT with Graphviz's layout positions), svg, png, pdf, \
            mermaid (a flowchart GitHub and GitLab draw in Markdown), c4plantuml (a C4-PlantUML deployment diagram).
            Several formats write one file each, named after -o with the format's extension; PNG and PDF need -o.
            Badges number findings as `topograph docs` does, on the same --today as `topograph lint`.
            A *.dot or *.gv input is laid out and rendered as it is.
            """)

    @Argument(help: "A model file (*.swift, *.yaml, *.yml, *.json), or DOT text (*.dot, *.gv).")
    var model: String

    @Option(
        name: .shortAndLong,
        help: "\(DiagramFormat.allCases.map(\.rawValue).joined(separator: ", ")); repeat the option or give a comma-separated list.")
    var format: [String] = ["svg"]

    @Option(help: ArgumentHelp("\(DiagramView.allCases.map(\.name).joined(separator: ", ")).", valueName: "view"))
    var view: DiagramView = .overview

    // Unconditional: `--dpi -5` is a bad value to explain, not a missing one.
    @Option(parsing: .unconditional, help: "Resolution of PNG output in dots per inch (Graphviz default 96).")
    var dpi: Double?

    @Option(parsing: .unconditional, help: "Scale PNG output by this factor (2 = twice the default resolution).")
    var scale: Double?

    @Option(help: "Rank direction: TB (top to bottom) or LR (left to right).")
    var rankdir: RankDirection = .topToBottom

    @Option(help: "Title shown at the top instead of the model's name.")
    var title: String?

    @Flag(help: "Do not overlay validation findings.")
    var noFindings = false

    @Flag(help: "Do not draw the legend.")
    var noLegend = false

    @Option(
        help: ArgumentHelp(
            "Draw the blast radius of this element failing (zone, host or component id): it in red, what is lost with it greyed; repeat for elements failing together.",
            valueName: "id"))
    var fail: [String] = []

    @Option(
        help: "Collapse identical servers into one node with a count: auto (above \(GroupingPolicy.autoThreshold) hosts), always or never.")
    var group: GroupingPolicy = .auto

    @OptionGroup var output: OutputOptions

    @OptionGroup var validation: ValidationOptions

    /// For scripts/bench-render.sh: how long the in-process layout and render took, on stderr.
    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
        if dpi != nil && scale != nil { throw ValidationError("give --dpi or --scale, not both") }
        if let dpi, !(dpi >= 1 && dpi <= 2400) { throw ValidationError("--dpi must be between 1 and 2400") }
        if let scale, !(scale > 0 && scale <= 25) { throw ValidationError("--scale must be between 0 and 25") }
        _ = try formats()
    }

    func run() throws {
        let formats = try formats()
        let targets = try RenderTargets.plan(formats: formats, output: output.file)
        let source = try diagramSource(for: formats)
        var files: [(path: String, data: Data)] = []
        for target in targets {
            let data = try render(source, as: target.format)
            if let path = target.path {
                files.append((path, data))
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
        if !files.isEmpty { try AtomicFile.writeAll(files) }
    }

    private func formats() throws -> [DiagramFormat] {
        let names = format.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var result: [DiagramFormat] = []
        for name in names where !name.isEmpty {
            guard let format = DiagramFormat(rawValue: name) else {
                let known = DiagramFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown format '\(name)'; use one of: \(known)")
            }
            if !result.contains(format) { result.append(format) }
        }
        guard !result.isEmpty else { throw ValidationError("no format given") }
        return result
    }

    /// What the formats are made from: the model's diagram in every form asked for, or a DOT file as it is.
    private struct Source {
        var dot: String
        /// Text formats written from the model itself rather than from DOT.
        var texts: [DiagramFormat: String] = [:]
        /// The DOT file given on the command line; nil when the DOT was drawn from a model.
        var file: String? = nil
    }

    private func diagramSource(for formats: [DiagramFormat]) throws -> Source {
        let ext = URL(fileURLWithPath: model).pathExtension.lowercased()
        if ext == "dot" || ext == "gv" {
            if let modelOnly = formats.first(where: { $0.language != .dot }) {
                throw CLIError("\(modelOnly.rawValue) is drawn from a model, not from DOT", hint: "give the model file instead of \(model)")
            }
            return Source(dot: try DOTInput.read(model), file: model)
        }
        let pipeline = ModelPipeline(today: try validation.resolved())
        // Hundreds of identical servers make an unreadable picture and a slow layout: one node per group.
        let drawn = pipeline.drawn(try pipeline.analyse(model), grouping: group)
        if let summary = drawn.summary {
            FileHandle.standardError.write(Data("note: \(summary)\n".utf8))
        }
        var options = DiagramOptions(view: view, rankdir: rankdir, title: title, showFindings: !noFindings, showLegend: !noLegend)
        if !fail.isEmpty || view == .failure, let text = formats.first(where: { $0.language != .dot }) {
            throw CLIError("a failure is drawn in dot, svg, png and pdf, not \(text.rawValue)", hint: "ask for one of those formats")
        }
        if !fail.isEmpty {
            options.failure = try Self.failureMarks(failing: fail, in: drawn.architecture)
        }
        var source = Source(dot: pipeline.diagram(drawn, options: options, language: .dot))
        for format in formats where format.language != .dot {
            source.texts[format] = pipeline.diagram(drawn, options: options, language: format.language)
        }
        return source
    }

    /// The blast radius of `ids` failing together, from the failure analysis of what is drawn.
    static func failureMarks(failing ids: [String], in architecture: Architecture) throws -> FailureMarks {
        do {
            return FailureMarks(try BlastRadius(facts: ArchitectureFacts(architecture), failing: ids.map { ElementID($0) }))
        } catch let error as BlastRadius.UnknownElements {
            throw FailedElements.unknownError(error.unknown, known: error.known)
        }
    }

    private func render(_ source: Source, as format: DiagramFormat) throws -> Data {
        if let text = source.texts[format] { return Data(text.utf8) }
        let dot = source.dot
        guard let graphvizFormat = format.graphviz else { return Data(dot.utf8) }
        let resolution = format == .png ? (dpi ?? scale.map { $0 * 96 }) : nil
        do {
            let start = ContinuousClock.now
            defer {
                if timings {
                    let elapsed = ContinuousClock.now - start
                    let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                    FileHandle.standardError.write(Data("timing: \(format.rawValue) \(String(format: "%.3f", ms)) ms\n".utf8))
                }
            }
            let layout = { try Graphviz.renderWithWarnings(dot: dot, format: graphvizFormat, dpi: resolution) }
            let result = try source.file.map { try LayoutTimeGuard.run(file: $0, layout) } ?? layout()
            // Graphviz's own warnings (say, an unknown shape in a hand-written DOT file) are the
            // user's business: shown once, marked as Graphviz's, never fatal.
            for warning in result.warnings {
                FileHandle.standardError.write(Data("warning: graphviz: \(warning)\n".utf8))
            }
            return result.data
        } catch let error as GraphvizError {
            // The user's own DOT: their input to fix. Topograph's DOT: ours.
            if let file = source.file { throw CLIError("\(file): \(error)", hint: "check the DOT near the line Graphviz names") }
            throw CLIError("\(error)", hint: "this is a Topograph bug; please report it with the model")
        }
    }
}

extension DiagramView: ExpressibleByArgument {}
extension GroupingPolicy: ExpressibleByArgument {}
extension RankDirection: ExpressibleByArgument {}

/// Where each requested format goes: standard output, or a file named after `-o`.
enum RenderTargets {
    struct Target: Equatable {
        var format: DiagramFormat
        var path: String?
    }

    static func plan(formats: [DiagramFormat], output: String?) throws -> [Target] {
        guard let output else {
            if let binary = formats.first(where: \.isBinary) {
                throw CLIError(
                    "\(binary.rawValue.uppercased()) is binary and is not written to a terminal",
                    hint: "give an output file, e.g. -o diagram.\(binary.fileExtension)")
            }
            guard formats.count == 1 else {
                throw CLIError("several formats need an output file", hint: "give -o diagram.svg; each format gets its own extension")
            }
            return [Target(format: formats[0], path: nil)]
        }
        if formats.count == 1 { return [Target(format: formats[0], path: output)] }
        let known = DiagramFormat.allCases.map { "." + $0.fileExtension }.sorted { $0.count > $1.count }
        let base = known.first { output.lowercased().hasSuffix($0) }.map { String(output.dropLast($0.count)) } ?? output
        return formats.map { Target(format: $0, path: "\(base).\($0.fileExtension)") }
    }
}
