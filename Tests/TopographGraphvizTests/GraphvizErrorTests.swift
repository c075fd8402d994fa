import Foundation
import Testing

@testable import TopographGraphviz

@Suite struct GraphvizErrorTests {
    @Test func syntaxErrorIsASwiftError() throws {
        #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph { a -> ; }", format: .svg) }
        do {
            _ = try Graphviz.render(dot: "digraph {\n a -> b\n c -> -> d }", format: .svg)
            Issue.record("expected an error")
        } catch let error as GraphvizError {
            guard case .syntax(let message) = error else {
                Issue.record("wrong case \(error)")
                return
            }
            #expect(message.contains("syntax error"))
            #expect(message.contains("line 3"))
        }
    }

    @Test func aGoodGraphRendersNormallyAfterABadOne() throws {
        let before = try Graphviz.render(dot: Fixtures.clustered, format: .svg)
        for bad in ["digraph { a -> ", "graph { a -> b }", "digraph { \"unterminated }", "not dot at all"] {
            #expect(throws: GraphvizError.self) { try Graphviz.render(dot: bad, format: .svg) }
        }
        let same = try Graphviz.render(dot: Fixtures.clustered, format: .svg) == before
        #expect(same)
    }

    @Test func badHTMLLabelIsAnError() {
        #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: "digraph { a [label=<<B>unclosed>]; }", format: .svg)
        }
    }

    @Test func missingRendererIsAClearError() throws {
        do {
            _ = try Graphviz.render(dot: "digraph { a }", device: "nosuchformat")
            Issue.record("expected an error")
        } catch let error as GraphvizError {
            guard case .pluginMissing(let format, let available) = error else {
                Issue.record("wrong case \(error)")
                return
            }
            #expect(format == "nosuchformat")
            #expect(available.contains("svg") && available.contains("png"))
            #expect(error.description.contains("dot -c"))
        }
    }

    @Test func nulCharacterIsRejected() {
        #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph { a\u{0}b }", format: .svg) }
    }

    @Test func warningsAreCapturedNotPrinted() throws {
        let result = try Graphviz.renderWithWarnings(dot: "digraph { a [shape=nosuchshape]; }", format: .svg)
        #expect(result.warnings.contains { $0.contains("nosuchshape") })
    }

    /// A failure can make Graphviz print thousands of lines (a failed ranking dumps the graph):
    /// the error keeps the first ones and says how many more there were.
    @Test func longReportsAreCapped() {
        let nodes = (0..<30).map { "n\($0) [label=<<b>x\($0)>];" }.joined(separator: " ")
        do {
            _ = try Graphviz.render(dot: "digraph { \(nodes) }", format: .svg)
            Issue.record("bad HTML labels rendered")
        } catch {
            let lines = String(describing: error).split(separator: "\n")
            #expect(lines.count == ErrorSink.limit + 1)
            #expect(lines.first?.contains("mismatched tag") == true)
            #expect(lines.last?.hasSuffix("more lines from Graphviz)") == true)
        }
    }

    @Test func parseReportsAttributes() throws {
        let parsed = try Graphviz.parse(dot: Fixtures.clustered, attributes: ["label", "shape"])
        #expect(parsed.nodes.map(\.name) == ["web-2", "db-2", "web-1", "db-1", "lb", "user"])
        #expect(parsed.nodes.first { $0.name == "lb" }?.htmlAttributes == ["label"])
        #expect(parsed.edges.count == 6)
        #expect(parsed.subgraphs.map(\.name) == ["cluster_zone_b", "cluster_host_2", "cluster_host_1", "cluster_zone_a"])
    }
}
