import Foundation
import Testing
import TopographDocs

/// Structural facts about a parsed Markdown document, asserted the same way for every test.
struct StructureCheck {
    let tree: MarkdownNode

    init(_ markdown: String) { tree = MarkdownSyntaxTree.parse(markdown) }

    var nodes: [MarkdownNode] { tree.allNodes }

    /// Headings of one level, as text, in order.
    func headings(level: Int) -> [String] {
        nodes.filter { $0.type == "heading" && $0.headingLevel == level }.map(\.plainText)
    }

    /// Every table's declared column count and the cell count of each of its rows.
    var tables: [(columns: Int, rowCells: [Int], header: [String])] {
        nodes.filter { $0.type == "table" }.map { table in
            let rows = table.children.filter { $0.type == "table_row" || $0.type == "table_header" }
            let header = table.children.first.map { $0.children.map(\.plainText) } ?? []
            return (table.tableColumns, rows.map { $0.children.filter { $0.type == "table_cell" }.count }, header)
        }
    }

    /// Nodes that would be raw HTML in the rendered page.
    var rawHTML: [MarkdownNode] { nodes.filter { $0.type == "html_inline" || $0.type == "html_block" } }

    var links: [MarkdownNode] { nodes.filter { $0.type == "link" || $0.type == "image" } }

    /// Link destinations that resolve neither to a heading anchor nor to an existing file under `base`.
    func danglingLinks(base: URL) -> [String] {
        let anchors = Set(nodes.filter { $0.type == "heading" }.map { Anchor.slug($0.plainText) })
        return links.compactMap(\.url).filter { url in
            if url.hasPrefix("#") { return !anchors.contains(String(url.dropFirst())) }
            let path = url.removingPercentEncoding ?? url
            return !FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path)
        }
    }

    /// Every table is rectangular: each row has exactly as many cells as the table has columns.
    func expectRectangularTables(sourceLocation: SourceLocation = #_sourceLocation) {
        for table in tables {
            #expect(
                table.rowCells.allSatisfy { $0 == table.columns },
                "table \(table.header) has rows \(table.rowCells) for \(table.columns) columns", sourceLocation: sourceLocation)
        }
    }
}
