import ArgumentParser
import Foundation
import TopographDOT
import TopographGraphviz
import TopographModel
import TopographModelFiles
import TopographValidation

/// `topograph render`: diagrams of a model as DOT, SVG, PNG or PDF, laid out in-process by libgvc.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Render diagrams: DOT, SVG, PNG, PDF, Mermaid, C4-PlantUML.",
        discussion: """
            Views: \(DiagramView.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")).
            Formats: dot (the diagram's DOT source), dot-layout (DOT with Graphviz's layout positions), svg, png, pdf, \
            mermaid (a flowchart GitHub and GitLab draw in Markdown), c4plantuml (a C4-PlantUML deployment diagram).
            Several formats write one file each, named after -o with the format's extension.
            A *.dot or *.gv input is laid out and rendered as it is.
            """)

    @Argument(help: "A model file (*.swift, *.yaml, *.yml, *.json), or DOT text (*.dot, *.gv).")
    var model: String

    @Option(
        name: .shortAndLong,
        help: "dot, dot-layout, svg, png, pdf, mermaid or c4plantuml; repeat the option or give a comma-separated list.")
    var format: [String] = ["svg"]

    @Option(help: "overview, security, data or monitoring.")
    var view: DiagramView = .overview

    @Option(help: "Resolution of PNG output in dots per inch (Graphviz default 96).")
    var dpi: Double?

    @Option(help: "Scale PNG output by this factor (2 = twice the default resolution).")
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
        help: "Collapse identical servers into one node with a count: auto (above \(GroupingPolicy.autoThreshold) hosts), always or never.")
    var group: GroupingPolicy = .auto

    @Option(name: .shortAndLong, help: "Output file. Required for PNG and PDF; without it, text goes to standard output.")
    var output: String?

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
        let targets = try RenderTargets.plan(formats: formats, output: output)
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

    private func formats() throws -> [RenderFormat] {
        let names = format.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var result: [RenderFormat] = []
        for name in names where !name.isEmpty {
            guard let format = RenderFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)'; use dot, dot-layout, svg, png, pdf, mermaid or c4plantuml")
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
        var texts: [RenderFormat: String] = [:]
    }

    private func diagramSource(for formats: [RenderFormat]) throws -> Source {
        let ext = URL(fileURLWithPath: model).pathExtension.lowercased()
        if ext == "dot" || ext == "gv" {
            if let modelOnly = formats.first(where: { $0.graphviz == nil && $0 != .dot }) {
                throw CLIError("\(modelOnly.rawValue) is drawn from a model, not from DOT", hint: "give the model file instead of \(model)")
            }
            guard let text = try? String(contentsOfFile: model, encoding: .utf8) else {
                throw CLIError("cannot read \(model)", hint: "check the path and that the file is UTF-8")
            }
            return Source(dot: text)
        }
        let loaded = try ModelLoader.load(model)
        let findings = noFindings ? [] : Validator.validate(loaded)
        let drawn = grouped(loaded)
        let options = DiagramOptions(
            view: view, rankdir: rankdir, title: title, showFindings: !noFindings, showLegend: !noLegend,
            multiplicity: drawn.multiplicity)
        var source = Source(dot: DiagramRenderer.dot(for: drawn.architecture, findings: findings, options: options))
        for format in formats {
            switch format {
            case .mermaid: source.texts[format] = DiagramRenderer.mermaid(for: drawn.architecture, findings: findings, options: options)
            case .c4plantuml:
                source.texts[format] = DiagramRenderer.c4PlantUML(for: drawn.architecture, findings: findings, options: options)
            case .dot, .dotLayout, .svg, .png, .pdf: break
            }
        }
        return source
    }

    /// Hundreds of identical servers make an unreadable picture and a slow layout: draw one per group.
    private func grouped(_ architecture: Architecture) -> (architecture: Architecture, multiplicity: [ElementID: Int]) {
        let drawn = group.drawn(architecture)
        if let summary = drawn.summary {
            FileHandle.standardError.write(Data("note: \(summary)\n".utf8))
        }
        return (drawn.architecture, drawn.multiplicity)
    }

    private func render(_ source: Source, as format: RenderFormat) throws -> Data {
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
            let result = try Graphviz.renderWithWarnings(dot: dot, format: graphvizFormat, dpi: resolution)
            // Graphviz's own warnings (say, an unknown shape in a hand-written DOT file) are the
            // user's business: shown once, marked as Graphviz's, never fatal.
            for warning in result.warnings {
                FileHandle.standardError.write(Data("warning: graphviz: \(warning)\n".utf8))
            }
            return result.data
        } catch let error as GraphvizError {
            throw CLIError("\(error)", hint: "this is a Topograph bug if the input was a model; please report it")
        }
    }
}

extension DiagramView: ExpressibleByArgument {}
extension GroupingPolicy: ExpressibleByArgument {}
extension RankDirection: ExpressibleByArgument {}

/// What `render --format` accepts: Graphviz's formats, plus the DOT source itself.
enum RenderFormat: String, CaseIterable {
    case dot
    case dotLayout = "dot-layout"
    case svg, png, pdf
    case mermaid
    case c4plantuml

    /// The Graphviz output format; nil for text drawn without Graphviz (DOT, Mermaid, PlantUML).
    var graphviz: GraphvizFormat? {
        switch self {
        case .dot: nil
        case .dotLayout: .dot
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .mermaid, .c4plantuml: nil
        }
    }

    var fileExtension: String {
        switch self {
        case .dotLayout: "layout.dot"
        case .mermaid: "mmd"
        case .c4plantuml: "puml"
        case .dot, .svg, .png, .pdf: rawValue
        }
    }

    var isText: Bool { self != .png && self != .pdf }
}

/// Where each requested format goes: standard output, or a file named after `-o`.
enum RenderTargets {
    struct Target: Equatable {
        var format: RenderFormat
        var path: String?
    }

    static func plan(formats: [RenderFormat], output: String?) throws -> [Target] {
        guard let output else {
            if let binary = formats.first(where: { !$0.isText }) {
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
        let known = RenderFormat.allCases.map { "." + $0.fileExtension }.sorted { $0.count > $1.count }
        let base = known.first { output.lowercased().hasSuffix($0) }.map { String(output.dropLast($0.count)) } ?? output
        return formats.map { Target(format: $0, path: "\(base).\($0.fileExtension)") }
    }
}
