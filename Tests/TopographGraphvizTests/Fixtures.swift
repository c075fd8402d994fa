import Foundation
import TopographTestSupport

/// DOT texts the Graphviz tests render: clustered (the case 2.42 gets wrong in-process) and plain.
enum Fixtures {
    /// Nested clusters, HTML labels, the pinned font: the shape of Topograph's own diagrams.
    static let clustered = """
        digraph "t" {
          graph [fontname="DejaVu Sans", rankdir=LR, label="clusters"];
          node [fontname="DejaVu Sans", shape=box];
          edge [fontname="DejaVu Sans"];
          subgraph "cluster_zone_b" { label="private";
            subgraph "cluster_host_2" { label="server-2"; "web-2"; "db-2" [shape=cylinder]; }
            subgraph "cluster_host_1" { label="server-1"; "web-1"; "db-1" [shape=cylinder]; }
          }
          subgraph "cluster_zone_a" { label="dmz"; "lb" [label=<<B>lb</B><BR/><FONT POINT-SIZE="9">HAProxy</FONT>>]; }
          "user" -> "lb" [label="https:443"];
          "lb" -> "web-1"; "lb" -> "web-2";
          "web-1" -> "db-1"; "web-2" -> "db-1"; "db-2" -> "db-1" [style=dashed];
        }
        """

    /// `n` clusters of three nodes each: enough subgraphs for address order to matter.
    static func manyClusters(_ n: Int) -> String {
        var text = "digraph \"m\" {\n  node [fontname=\"DejaVu Sans\"];\n"
        for i in 0..<n {
            text += "  subgraph \"cluster_\(i)\" { label=\"c\(i)\"; \"a\(i)\" -> \"b\(i)\" -> \"c\(i)\"; }\n"
            if i > 0 { text += "  \"c\(i - 1)\" -> \"a\(i)\";\n" }
        }
        return text + "}\n"
    }

    /// Output of the `dot` command for the same text, for parity checks.
    static func dotCommand(_ dot: String, format: String, extraArguments: [String] = []) throws -> Data {
        try TestProcess.dot(dot, format: format, extraArguments: extraArguments)
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// Width and height in points from an SVG's root element (`width="783pt" height="682pt"`).
    static func svgSize(_ svg: String) -> (width: Double, height: Double)? {
        func attribute(_ name: String) -> Double? {
            guard let range = svg.range(of: #"\#(name)="([\d.]+)pt""#, options: .regularExpression) else { return nil }
            return Double(svg[range].dropFirst(name.count + 2).dropLast(3))
        }
        guard let width = attribute("width"), let height = attribute("height") else { return nil }
        return (width, height)
    }
}
