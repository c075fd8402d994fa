import CGraphviz
import Foundation

// Every call into libcgraph/libgvc lives in this file. Callers hold `Graphviz.lock`: Graphviz keeps
// global state (error level, lexer, plugin tables) and is not thread-safe.

/// One read-layout-render cycle over libgvc. Not thread-safe: only `Graphviz` creates these, under its lock.
enum LibGVC {
    /// The file name syntax errors mention. libcgraph keeps the pointer, so it lives forever.
    nonisolated(unsafe) private static let inputName = strdup("<dot>")

    /// Parses `dot` with Topograph's id discipline; the caller must `agclose` the result.
    static func read(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        ErrorSink.reset()
        let reader = MemoryReader(dot)
        let channel = Unmanaged.passRetained(reader).toOpaque()
        defer { Unmanaged<MemoryReader>.fromOpaque(channel).release() }
        // The lexer keeps a file name and line counter across reads; start each read afresh.
        agsetfile(inputName)
        agreadline(1)
        guard let graph = agread(channel, Disciplines.reading) else {
            throw GraphvizError.syntax(ErrorSink.messages(orDefault: "Graphviz could not parse the DOT text"))
        }
        if ErrorSink.hasErrors {
            agclose(graph)
            throw GraphvizError.syntax(ErrorSink.messages(orDefault: "invalid DOT"))
        }
        return graph
    }

    /// Lays out `dot` with the dot engine once and renders it to each of `formats` (Graphviz device
    /// names, or `RasterDevice.format`), in order.
    static func render(_ dot: String, formats: [String], graphAttributes: [(String, String)]) throws -> [RenderOutput] {
        let graph = try read(dot)
        defer { agclose(graph) }
        for (name, value) in graphAttributes { setGraphAttribute(graph, name, value) }

        guard let context = gvContext() else { throw GraphvizError.environment("gvContext() failed") }
        defer { gvFreeContext(context) }
        for format in formats {
            if format == RasterDevice.format {
                // The raster device draws with Graphviz's cairo renderer, the one png:cairo uses.
                try requirePlugin("cairo", kind: "render", for: "png", in: context)
            } else {
                try requirePlugin(format, kind: "device", for: format, in: context)
            }
        }
        if formats.contains(RasterDevice.format) { gvAddLibrary(context, RasterDevice.library) }

        let laidOut = gvLayout(context, graph, "dot")
        // Safe after a failed layout too; a layout with errors (a bad HTML label) still allocates.
        // The repair first: Graphviz 2.43 would free a rank array twice after a flat edge label.
        defer {
            topograph_repair_rank_arrays(graph)
            gvFreeLayout(context, graph)
        }
        guard laidOut == 0, !ErrorSink.hasErrors else {
            throw GraphvizError.layout(ErrorSink.messages(orDefault: "layout failed"))
        }
        return try formats.map { try renderLaidOut(graph, context: context, format: $0) }
    }

    private static func renderLaidOut(_ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, format: String) throws
        -> RenderOutput
    {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        // Each format reports its own render warnings on top of the layout's.
        let beforeRender = ErrorSink.mark()
        defer { ErrorSink.restore(beforeRender) }
        // Pixels are taken on every path, so a failed render neither keeps them nor hands them to the next.
        _ = RasterDevice.takeImage()
        defer { _ = RasterDevice.takeImage() }
        let status = gvRenderData(context, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer, !ErrorSink.hasErrors else {
            throw GraphvizError.render(ErrorSink.messages(orDefault: "rendering \(format) failed"))
        }
        if format == RasterDevice.format {
            guard let image = RasterDevice.takeImage() else { throw GraphvizError.render("cairo drew no pixels") }
            return RenderOutput(bytes: [], raster: image, warnings: ErrorSink.warnings)
        }
        let bytes = [UInt8](UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        return RenderOutput(bytes: bytes, warnings: ErrorSink.warnings)
    }

    /// Parses `dot` and lists its nodes, edges and clusters with their attributes (no layout).
    static func parse(_ dot: String, attributes: [String]) throws -> ParsedGraph {
        let graph = try read(dot)
        defer { agclose(graph) }
        var parsed = ParsedGraph()
        var node = agfstnode(graph)
        while let n = node {
            parsed.nodes.append(element(n, attributes))
            var edge = agfstout(graph, n)
            while let e = edge {
                let head = String(cString: agnameof(UnsafeMutableRawPointer(e.pointee.node)))
                var item = element(UnsafeMutableRawPointer(e), attributes)
                item.name = "\(parsed.nodes.last!.name)->\(head)"
                parsed.edges.append(item)
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        collectSubgraphs(graph, attributes, into: &parsed.subgraphs)
        return parsed
    }

    private static func collectSubgraphs(
        _ graph: UnsafeMutablePointer<Agraph_t>, _ attributes: [String], into list: inout [ParsedGraph.Element]
    ) {
        var sub = agfstsubg(graph)
        while let s = sub {
            list.append(element(UnsafeMutableRawPointer(s), attributes))
            collectSubgraphs(s, attributes, into: &list)
            sub = agnxtsubg(s)
        }
    }

    private static func element(_ object: UnsafeMutableRawPointer, _ names: [String]) -> ParsedGraph.Element {
        var item = ParsedGraph.Element(name: agnameof(object).map { String(cString: $0) } ?? "")
        for name in names {
            guard let value = name.withCString({ agget(object, UnsafeMutablePointer(mutating: $0)) }) else { continue }
            item.attributes[name] = String(cString: value)
            if aghtmlstr(value) != 0 { item.htmlAttributes.insert(name) }
        }
        return item
    }

    private static func element(_ node: UnsafeMutablePointer<Agnode_t>, _ names: [String]) -> ParsedGraph.Element {
        element(UnsafeMutableRawPointer(node), names)
    }

    /// Same effect as `dot -G<name>=<value>`: a graph attribute set before layout.
    private static func setGraphAttribute(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                _ = agattr(graph, AGRAPH, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v))
            }
        }
    }

    /// Fails clearly when the plugin config written at install time lacks the `kind` plugin `name`
    /// (a device such as "svg", or the "cairo" renderer) that `format` needs.
    private static func requirePlugin(_ name: String, kind: String, for format: String, in context: OpaquePointer) throws {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else {
            throw GraphvizError.pluginMissing(format: format, available: [])
        }
        defer {
            for i in 0..<Int(count) { free(list[i]) }
            free(list)
        }
        let plugins = (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
        guard plugins.contains(name) else {
            throw GraphvizError.pluginMissing(format: format, available: kind == "device" ? plugins : [])
        }
    }
}

/// What one render produced: the bytes (or, from the raster device, the pixels) and any warnings
/// Graphviz reported.
struct RenderOutput {
    var bytes: [UInt8]
    var raster: PNGScanlines? = nil
    var warnings: [String]
}

/// Collects what Graphviz reports through `agerr` instead of letting it reach stderr.
enum ErrorSink {
    nonisolated(unsafe) private static var text = ""
    nonisolated(unsafe) private static var installed = false

    /// Installs the handler (once) and forgets earlier messages. Call under the lock.
    static func reset() {
        if !installed {
            _ = agseterrf { message in
                if let message { ErrorSink.text += String(cString: message) }
                return 0
            }
            _ = agseterr(AGWARN)
            // What the `dot` command declares before reading any graph; -Tdot output shows it.
            _ = "label".withCString { name in
                "\\N".withCString { agattr(nil, AGNODE, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: $0)) }
            }
            installed = true
        }
        text = ""
        _ = agreseterrors()
    }

    /// The messages so far, to go back to with `restore`.
    static func mark() -> String { text }

    static func restore(_ mark: String) { text = mark }

    private static var lines: [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static var hasErrors: Bool { lines.contains { !$0.hasPrefix("Warning") } }
    /// Warning texts without Graphviz's "Warning: " prefix, at most `limit` of them.
    static var warnings: [String] {
        capped(lines.filter { $0.hasPrefix("Warning") }.map { $0.hasPrefix("Warning: ") ? String($0.dropFirst(9)) : $0 })
    }

    static func messages(orDefault fallback: String) -> String {
        let errors = lines.filter { !$0.hasPrefix("Warning") }
        return errors.isEmpty ? fallback : capped(errors).joined(separator: "\n")
    }

    /// Graphviz can report thousands of lines for one failure (a failed ranking dumps its whole
    /// graph): the first few say what happened.
    static let limit = 12

    private static func capped(_ lines: [String]) -> [String] {
        guard lines.count > limit else { return lines }
        return Array(lines.prefix(limit)) + ["(\(lines.count - limit) more lines from Graphviz)"]
    }
}
