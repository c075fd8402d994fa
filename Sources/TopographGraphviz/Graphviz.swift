import Foundation
import Synchronization

/// Output formats Topograph renders through libgvc.
public enum GraphvizFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
    /// DOT with layout positions, as `dot -Tdot` writes it.
    case dot

}

/// Why Graphviz could not produce a picture. Every message is Graphviz's own, captured, never printed.
public enum GraphvizError: Error, Equatable, CustomStringConvertible {
    case syntax(String)
    case layout(String)
    case render(String)
    case pluginMissing(format: String, available: [String])
    case environment(String)

    public var description: String {
        switch self {
        case .syntax(let message): "Graphviz rejected the DOT text: \(message)"
        case .layout(let message): "Graphviz layout failed: \(message)"
        case .render(let message): "Graphviz rendering failed: \(message)"
        case .environment(let message): "Graphviz is not usable: \(message)"
        case .pluginMissing(let format, let available):
            "Graphviz has no '\(format)' renderer (available: \(available.isEmpty ? "none" : available.joined(separator: ", "))); "
                + "install the graphviz package and run `dot -c` as root to register its plugins"
        }
    }
}

/// A rendered diagram and the warnings Graphviz reported while producing it.
public struct GraphvizResult: Sendable {
    public var data: Data
    public var warnings: [String]
}

/// Attributes of one node, edge or subgraph as libcgraph parsed them (for checking DOT text).
public struct ParsedGraph: Sendable, Equatable {
    public struct Element: Sendable, Equatable {
        public var name: String
        public var attributes: [String: String] = [:]
        /// Attributes whose value is an HTML-like label (`<...>` in DOT).
        public var htmlAttributes: Set<String> = []
    }
    public var nodes: [Element] = []
    public var edges: [Element] = []
    public var subgraphs: [Element] = []
}

/// The only door to libgvc: layout and render DOT text in-process, one call at a time.
public enum Graphviz {
    /// Graphviz has process-wide state (lexer, error handler, layout statics): one caller at a time.
    private static let lock = Mutex(())

    /// Lays out `dot` with the dot engine and renders it. `dpi` applies as `-Gdpi` would.
    public static func render(dot: String, format: GraphvizFormat, dpi: Double? = nil) throws -> Data {
        try renderWithWarnings(dot: dot, format: format, dpi: dpi).data
    }

    /// Like `render`, and also returns Graphviz's warnings so the caller decides whether to show them.
    public static func renderWithWarnings(dot: String, format: GraphvizFormat, dpi: Double? = nil) throws -> GraphvizResult {
        try render(dot: dot, formats: [format], dpi: dpi)[format]!
    }

    /// Lays `dot` out once and renders it to every format, as `dot -Tsvg -Tpng` does: each output
    /// equals a render of that format alone.
    public static func render(dot: String, formats: [GraphvizFormat], dpi: Double? = nil) throws -> [GraphvizFormat: GraphvizResult] {
        try checkText(dot)
        var attributes: [(String, String)] = []
        if let dpi {
            guard dpi.isFinite, dpi >= 1, dpi <= 2400 else { throw GraphvizError.render("dpi must be between 1 and 2400") }
            attributes.append(("dpi", formatNumber(dpi)))
        }
        let unique = formats.reduce(into: [GraphvizFormat]()) { if !$0.contains($1) { $0.append($1) } }
        // PNG: Graphviz draws the pixels, Topograph encodes them (see RasterDevice).
        let devices = unique.map { $0 == .png ? RasterDevice.format : $0.rawValue }
        let outputs = try lock.withLock { _ in try layOutAndRender(dot, formats: devices, graphAttributes: attributes) }
        var results: [GraphvizFormat: GraphvizResult] = [:]
        for (format, output) in zip(unique, outputs) {
            var data: Data
            switch format {
            case .png:
                // Compressed outside the lock, so other renders can go on meanwhile.
                guard let image = output.raster else { throw GraphvizError.render("cairo drew no pixels") }
                data = Data(try PNGEncoder.encode(image))
            case .svg: data = normalizeSVG(Data(output.bytes))
            case .pdf: data = normalizePDF(Data(output.bytes))
            case .dot: data = Data(output.bytes)
            }
            results[format] = GraphvizResult(data: data, warnings: output.warnings)
        }
        return results
    }

    /// Graphviz 2.43's default ranking gives up on some graphs whose edges cross nested clusters
    /// ("trouble in init_rank", an internal error that `dot` reports as a failed layout); its newer
    /// ranking (`newrank=true`) lays them out. Such a graph is laid out again with it, once, and
    /// says so in a warning; every other graph keeps the default ranking and its layout.
    private static func layOutAndRender(_ dot: String, formats: [String], graphAttributes: [(String, String)]) throws -> [RenderOutput] {
        do {
            return try LibGVC.render(dot, formats: formats, graphAttributes: graphAttributes)
        } catch GraphvizError.layout(let message) where message.contains("trouble in init_rank") {
            let outputs = try LibGVC.render(dot, formats: formats, graphAttributes: graphAttributes + [("newrank", "true")])
            let note = "the default ranking failed (trouble in init_rank); laid out with newrank=true"
            return outputs.map { RenderOutput(bytes: $0.bytes, raster: $0.raster, warnings: [note] + $0.warnings) }
        }
    }

    /// Renders to any Graphviz device name, serialised like every call.
    static func render(dot: String, device: String, graphAttributes: [(String, String)] = []) throws -> GraphvizResult {
        let output = try lock.withLock { _ in try LibGVC.render(dot, formats: [device], graphAttributes: graphAttributes) }[0]
        return GraphvizResult(data: Data(output.bytes), warnings: output.warnings)
    }

    /// Parses `dot` without layout and reports the given attributes of every node, edge and subgraph.
    public static func parse(dot: String, attributes: [String] = ["label"]) throws -> ParsedGraph {
        try checkText(dot)
        return try lock.withLock { _ in try LibGVC.parse(dot, attributes: attributes) }
    }

    /// Drops the Graphviz version from SVG output, so committed SVGs do not change with the library.
    /// Apply the same to `dot -Tsvg` output before comparing.
    public static func normalizeSVG(_ data: Data) -> Data {
        // A plain byte search: this runs on every SVG, and a regex engine costs more to start.
        let marker = Array("<!-- Generated by graphviz".utf8)
        let bytes = [UInt8](data.prefix(4096))
        guard let start = bytes.firstRange(of: marker)?.upperBound,
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
        else { return data }
        return Data(bytes[..<start]) + data.dropFirst(end)
    }

    /// Pins the creation date cairo writes into every PDF to 1970-01-01, so PDFs are byte-stable
    /// too. The replacement has the same length, so the PDF's byte offsets stay valid.
    public static func normalizePDF(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        let marker = Array("/CreationDate (D:".utf8)
        guard let start = bytes.firstRange(of: marker)?.upperBound else { return data }
        let epoch = Array("19700101000000".utf8)
        var digit = 0
        var i = start
        while i < bytes.count, bytes[i] != UInt8(ascii: ")") {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) {
                bytes[i] = digit < epoch.count ? epoch[digit] : UInt8(ascii: "0")
                digit += 1
            }
            i += 1
        }
        return Data(bytes)
    }

    /// The lexer stops at a NUL byte: a string with one is a caller bug, not a shorter graph.
    private static func checkText(_ dot: String) throws {
        if dot.utf8.contains(0) { throw GraphvizError.syntax("DOT text contains a NUL character") }
    }

    private static func formatNumber(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
