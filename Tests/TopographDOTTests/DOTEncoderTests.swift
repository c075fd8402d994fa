import Testing
import TopographDOT

@Suite struct DOTEncoderTests {
    @Test func writesDefaultsStatementsAndSortedAttributes() {
        let graph = DOTGraph(
            "g", graph: ["rankdir": .string("LR")], node: ["shape": .string("box")], edge: [:],
            [
                .subgraph(DOTSubgraph("cluster_a", ["style": .string("rounded"), "label": .html("<B>A</B>")], [.node(DOTNode("x"))])),
                .node(DOTNode("y", ["shape": .string("cylinder"), "color": .string("red")])),
                .edge(DOTEdge("x", "y", ["label": .html("a &amp; b")])),
            ])
        #expect(
            DOTEncoder.encode(graph) == """
                digraph "g" {
                  graph [rankdir="LR"];
                  node [shape="box"];
                  subgraph "cluster_a" {
                    label=<<B>A</B>>;
                    style="rounded";
                    "x";
                  }
                  "y" [color="red", shape="cylinder"];
                  "x" -> "y" [label=<a &amp; b>];
                }

                """)
    }

    @Test func quotesEscapeWhatWouldEndOrContinueAString() {
        #expect(DOTEncoder.quote(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTEncoder.quote(#"a\b"#) == #""a\\b""#)
        #expect(DOTEncoder.quote("two\nlines\r") == #""two\nlines""#)
        #expect(DOTEncoder.quote("bell\u{7}") == #""bell ""#)
        // A final backslash would escape the closing quote in Graphviz's lexer.
        #expect(DOTEncoder.quote(#"ends\"#) == #""ends\\ ""#)
    }

    @Test func identifiersAreReadableAndInjective() {
        #expect(DOTEncoder.identifier("web-1") == "web-1")
        #expect(DOTEncoder.identifier("db.primary_2") == "db.primary_2")
        #expect(DOTEncoder.identifier("a b") == "a%20b")
        #expect(DOTEncoder.identifier("a%20b") == "a%2520b")
        #expect(DOTEncoder.identifier("x:y", prefix: "cluster_host_") == "cluster_host_x%3Ay")
        #expect(DOTEncoder.identifier("é") == "_%C3%A9")
        #expect(DOTEncoder.identifier("_x") == "_%5Fx")
        #expect(DOTEncoder.identifier("%") == "_%25")
        let ids = ["a b", "a%20b", "a_b", "a-b", "a.b", "a/b", "a\"b", "a\\b", "A b", ">", "_>", "_%3E", "%3E", "_", ""]
        #expect(Set(ids.map { DOTEncoder.identifier($0) }).count == ids.count)
    }

    @Test func attributeNamesAreQuotedOnlyWhenNeeded() {
        let graph = DOTGraph("g", [.node(DOTNode("n", ["odd name": .string("1"), "node": .string("2"), "width": .string("3")]))])
        #expect(DOTEncoder.encode(graph).contains(#""n" ["node"="2", "odd name"="1", width="3"];"#))
    }

    @Test func emptyHTMLLabelIsAnEmptyString() {
        #expect(DOTEncoder.encode(.html("")) == "\"\"")
    }

    @Test func htmlTextEscapesMarkupAndBreaksLines() {
        #expect(HTMLText.escape(#"<a href="x">&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLText.escape("one\ntwo\r\nthree") == "one<BR/>two<BR/>three")
        #expect(HTMLText.escape("nul\u{0}bell\u{7}\u{FFFE}") == "nul\u{FFFD}bell\u{FFFD}\u{FFFD}")
        #expect(
            HTMLText.font("x<y", size: 9, color: "#123456", bold: true) == ##"<FONT POINT-SIZE="9" COLOR="#123456"><B>x&lt;y</B></FONT>"##)
    }
}
