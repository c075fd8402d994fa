import Foundation
import Testing
import TopographGraphviz

/// Diagrams Topograph drew that Graphviz 2.43 could not lay out or free (Regressions/*.dot, the
/// overview and diff diagram of a nine-server design, ids and links left out).
@Suite struct GraphvizRegressionTests {
    static func fixture(_ name: String) throws -> String {
        try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions/\(name)"),
            encoding: .utf8)
    }

    /// A flat edge's label grows a rank's node array; 2.43 then freed the old array again in
    /// gvFreeLayout and the process aborted (the repair in CGraphviz's shim prevents it).
    @Test func aFlatEdgeLabelDoesNotFreeARankTwice() throws {
        let dot = try Self.fixture("flat-label-double-free.dot")
        // The abort depended on the heap: several renders, every format.
        for _ in 0..<3 {
            let results = try Graphviz.render(dot: dot, formats: [.svg, .png, .pdf, .dot])
            #expect(String(decoding: results[.svg]!.data, as: UTF8.self).contains("<svg"))
        }
    }

    /// "trouble in init_rank": the default ranking gives up on these cluster edges; the render
    /// succeeds with newrank and says so.
    @Test func aRankingFailureIsLaidOutAgainWithNewrank() throws {
        let dot = try Self.fixture("init-rank.dot")
        let result = try Graphviz.renderWithWarnings(dot: dot, format: .svg)
        #expect(String(decoding: result.data, as: UTF8.self).contains("<svg"))
        #expect(result.warnings.first == "the default ranking failed (trouble in init_rank); laid out with newrank=true")
        // Byte-identical on a second run.
        #expect(try Graphviz.renderWithWarnings(dot: dot, format: .svg).data == result.data)
        // Graphs the default ranking handles keep it: no warning.
        #expect(try Graphviz.renderWithWarnings(dot: "digraph { a -> b }", format: .svg).warnings.isEmpty)
    }
}
