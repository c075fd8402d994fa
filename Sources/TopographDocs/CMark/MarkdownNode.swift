/// A node of a parsed GFM document, copied out of cmark-gfm so callers never touch C memory.
public struct MarkdownNode: Hashable, Sendable {
    /// cmark-gfm's type name: "document", "heading", "paragraph", "table", "table_row", "table_cell",
    /// "html_block", "html_inline", "code_block", "link", "image", "text", ...
    public var type: String
    /// Text content of leaf nodes (text, code, code blocks, HTML).
    public var literal: String?
    /// Destination of links and images.
    public var url: String?
    /// 1-based source lines the node spans.
    public var startLine: Int
    public var endLine: Int
    /// 1...6 for headings, else 0.
    public var headingLevel: Int
    /// Column count for tables, else 0.
    public var tableColumns: Int
    public var children: [MarkdownNode]

    /// Every node of the subtree in document order, this one first.
    public var allNodes: [MarkdownNode] { [self] + children.flatMap(\.allNodes) }

    /// The concatenated text of the subtree, as a reader sees it.
    public var plainText: String {
        switch type {
        case "text", "code": literal ?? ""
        case "softbreak", "linebreak": " "
        default: children.map(\.plainText).joined()
        }
    }
}

/// Parses GitHub-flavoured Markdown with the same parser and extensions the HTML renderer uses.
public enum MarkdownSyntaxTree {
    /// The document node of `markdown`.
    public static func parse(_ markdown: String) -> MarkdownNode {
        CMark.withDocument(markdown) { document, _ in CMark.tree(of: document) }
    }
}
