import CCmarkGFM
import Foundation

/// The only code that calls libcmark-gfm: parse GFM into a syntax tree and render HTML.
///
/// Raw HTML never passes: `CMARK_OPT_UNSAFE` stays off (the renderer replaces raw HTML with a
/// comment) and the tagfilter extension is attached as a second line of defence.
enum CMark {
    /// The GFM extensions every parse uses.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// Registration is a one-time global in the C library; a Swift static runs it exactly once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `markdown` and hands the document node (and the parser's extension list) to `body`.
    static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) throws -> T) rethrows -> T {
        precondition(registered)
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm: out of memory") }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { fatalError("cmark-gfm: out of memory") }
        defer { cmark_node_free(document) }
        return try body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// Renders one node (and its subtree) to HTML, raw HTML suppressed.
    static func html(of node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let cString = cmark_render_html(node, CMARK_OPT_DEFAULT, extensions) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }

    /// Top-level block nodes of a document, in order.
    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// Copies a C node and its subtree into a Swift value.
    static func tree(of node: OpaquePointer) -> MarkdownNode {
        let type = String(cString: cmark_node_get_type_string(node))
        var result = MarkdownNode(
            type: type,
            literal: cmark_node_get_literal(node).map { String(cString: $0) },
            url: cmark_node_get_url(node).map { String(cString: $0) },
            startLine: Int(cmark_node_get_start_line(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            headingLevel: type == "heading" ? Int(cmark_node_get_heading_level(node)) : 0,
            tableColumns: type == "table" ? Int(cmark_gfm_extensions_get_table_columns(node)) : 0,
            children: children(of: node).map(tree(of:))
        )
        if type == "link" || type == "image" { result.literal = nil }
        return result
    }
}
