import Foundation
import Testing
import TopographTestSupport

@testable import TopographCommands

/// `topograph render` as users run it: the built binary (`swift build` first; scripts/test.sh does).
@Suite struct RenderCommandTests {
    static let root = TestProcess.repositoryRoot
    static let model = "models/secured-and-monitored.yaml"

    func topograph(_ arguments: String...) throws -> ProcessResult { try topograph(arguments) }

    func topograph(_ arguments: [String]) throws -> ProcessResult { try TestProcess.topograph(arguments) }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func svgGoesToStandardOutput() throws {
        let run = try topograph("render", Self.model)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("<?xml"))
        #expect(run.stdout.contains("</svg>"))
        #expect(run.stderr.isEmpty)
    }

    @Test func dotIsTheDiagramSource() throws {
        let run = try topograph("render", Self.model, "--format", "dot", "--no-findings", "--view", "security")
        let golden = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/TopographDOTTests/Golden/secured-and-monitored/security.dot"),
            encoding: .utf8)
        #expect(run.status == 0)
        #expect(run.stdout == golden)
    }

    /// The blast radius of db-1: it in red, the lines into it grey; a reviewed golden file.
    @Test func failDrawsTheBlastRadius() throws {
        let run = try topograph("render", Self.model, "--fail", "db-1", "--format", "dot", "--no-findings")
        let golden = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/TopographDOTTests/Golden/secured-and-monitored/failure-db-1.dot"),
            encoding: .utf8)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == golden)
        #expect(run.stdout.contains("if db-1 fails: every write stops until a person promotes db-2 or db-3"))
    }

    @Test func failRefusesUnknownIDsAndTextFormats() throws {
        let unknown = try topograph("render", Self.model, "--fail", "db1", "--format", "dot")
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(
            unknown.stderr.contains("--fail db1: not an element of the model that can fail")
                && unknown.stderr.contains("did you mean 'db-1'?"))
        let mermaid = try topograph("render", Self.model, "--fail", "db-1", "--format", "mermaid")
        #expect(mermaid.status == 2)
        #expect(mermaid.stderr.contains("a failure is drawn in dot, svg, png and pdf, not mermaid"))
    }

    /// Without --fail the failure view draws the worst single failure of a machine or component.
    @Test func theFailureViewDrawsTheWorstSingleFailure() throws {
        let run = try topograph("render", Self.model, "--view", "failure", "--format", "dot")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("if edge-firewall fails: takes the site down"))
    }

    @Test func mermaidAndC4PlantUMLAreTheReviewedText() throws {
        let golden = Self.root.appendingPathComponent("Tests/TopographDOTTests/Golden/secured-and-monitored/")
        let mermaid = try topograph("render", Self.model, "--format", "mermaid", "--no-findings", "--view", "data")
        #expect(mermaid.status == 0, "\(mermaid.stderr)")
        #expect(mermaid.stdout == (try String(contentsOf: golden.appendingPathComponent("data.mmd"), encoding: .utf8)))
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try topograph("render", Self.model, "-f", "mermaid,c4plantuml", "-o", directory.appendingPathComponent("o.svg").path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["o.mmd", "o.puml"])
        let puml = try String(contentsOf: directory.appendingPathComponent("o.puml"), encoding: .utf8)
        #expect(puml.hasPrefix("@startuml\n!include <C4/C4_Deployment>"))
    }

    @Test func mermaidNeedsAModelNotDOT() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dot = directory.appendingPathComponent("g.dot")
        try Data("digraph { a -> b }".utf8).write(to: dot)
        let run = try topograph("render", dot.path, "--format", "mermaid")
        #expect(run.status == 2)
        #expect(run.stdoutData.isEmpty)
        #expect(run.stderr.contains("drawn from a model"))
    }

    @Test func docsEmbedEveryViewAsMermaid() throws {
        let run = try topograph("docs", Self.model, "--diagram", "mermaid")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "```mermaid\n---\ntitle: ").count == 5)
        #expect(!run.stdout.contains("![Architecture diagram"))
    }

    @Test func binaryFormatsNeedAnOutputFile() throws {
        for format in ["png", "pdf", "svg,png"] {
            let run = try topograph("render", Self.model, "--format", format)
            #expect(run.status == 2)
            #expect(run.stdoutData.isEmpty)
            #expect(run.stderr.contains("-o"))
        }
    }

    @Test func severalFormatsWriteOneFileEach() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("overview.svg").path
        let run = try topograph("render", Self.model, "-f", "svg,png", "--format", "dot", "--format", "dot-layout", "-o", output)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["overview.dot", "overview.layout.dot", "overview.png", "overview.svg"])
        let png = try Data(contentsOf: directory.appendingPathComponent("overview.png"))
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let layout = try String(contentsOf: directory.appendingPathComponent("overview.layout.dot"), encoding: .utf8)
        #expect(layout.contains("bb=\""))
    }

    @Test func separateProcessesWriteIdenticalBytes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for run in ["a", "b"] {
            let result = try topograph("render", Self.model, "-f", "svg,png", "-o", directory.appendingPathComponent("\(run).svg").path)
            #expect(result.status == 0, "\(result.stderr)")
        }
        for ext in ["svg", "png"] {
            let a = try Data(contentsOf: directory.appendingPathComponent("a.\(ext)"))
            let b = try Data(contentsOf: directory.appendingPathComponent("b.\(ext)"))
            let same = a == b
            #expect(same, "\(ext) differs between processes")
        }
    }

    @Test func scaleAndDPIResizeThePNG() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func width(_ arguments: [String]) throws -> Int {
            let path = directory.appendingPathComponent("d\(arguments.count).png").path
            let process = try topograph(["render", Self.model, "--view", "data", "-f", "png", "-o", path] + arguments)
            #expect(process.status == 0, "\(process.stderr)")
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        }
        let normal = try width([])
        #expect(abs(try width(["--scale", "2"]) - 2 * normal) <= 2)
        #expect(abs(try width(["--dpi", "48"]) * 2 - normal) <= 2)
    }

    @Test func mistakesAreUsageErrors() throws {
        for arguments in [
            ["render", Self.model, "--format", "gif"],
            ["render", Self.model, "--dpi", "100", "--scale", "2"],
            ["render", Self.model, "--view", "nope"],
            ["render", "models/missing.yaml"],
        ] {
            let run = try topograph(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdoutData.isEmpty)
            #expect(!run.stderr.isEmpty)
        }
    }

    @Test func dotInputIsRenderedAndBadDOTIsAnError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("g.dot")
        try "digraph { a -> b }".write(to: good, atomically: true, encoding: .utf8)
        let run = try topograph("render", good.path, "-f", "svg")
        #expect(run.status == 0)
        #expect(run.stdout.contains("<svg"))
        let odd = directory.appendingPathComponent("o.dot")
        try "digraph { a [shape=blob] }".write(to: odd, atomically: true, encoding: .utf8)
        let warned = try topograph("render", odd.path, "-f", "svg")
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("warning: graphviz: using box for unknown shape blob"))
        let bad = directory.appendingPathComponent("b.gv")
        try "digraph { a -> }".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try topograph("render", bad.path, "-f", "svg")
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("syntax error"))
        #expect(failed.stdoutData.isEmpty)
    }

    @Test func outputNamesFollowTheOutputOption() throws {
        #expect(try RenderTargets.plan(formats: [.svg], output: nil) == [.init(format: .svg, path: nil)])
        #expect(try RenderTargets.plan(formats: [.png], output: "a/b.img") == [.init(format: .png, path: "a/b.img")])
        #expect(
            try RenderTargets.plan(formats: [.svg, .png], output: "out/d.layout.dot")
                == [.init(format: .svg, path: "out/d.svg"), .init(format: .png, path: "out/d.png")])
        #expect(
            try RenderTargets.plan(formats: [.dot, .pdf], output: "out/diagram")
                == [.init(format: .dot, path: "out/diagram.dot"), .init(format: .pdf, path: "out/diagram.pdf")])
        #expect(throws: CLIError.self) { try RenderTargets.plan(formats: [.svg, .dot], output: nil) }
    }

    @Test func groupingCollapsesIdenticalServersAndSaysSo() throws {
        let grouped = try topograph("render", Self.model, "--format", "dot", "--group", "always")
        #expect(grouped.status == 0)
        #expect(grouped.stderr.contains("note: grouped 2 identical servers"))
        #expect(grouped.stdout.contains("server-2..3 (x2)"))
        // The load balancer still balances over three web servers, two of them drawn as one.
        #expect(grouped.stdout.contains("3 backends"))
        let plain = try topograph("render", Self.model, "--format", "dot")
        #expect(plain.stderr.isEmpty)
        #expect(!plain.stdout.contains("(x2)"))
        // server-3 has its own cluster only when servers are drawn one by one.
        #expect(plain.stdout.contains("cluster_host_server-3"))
        #expect(!grouped.stdout.contains("cluster_host_server-3"))
    }

    /// Regression: findings on a folded server (#10 on web-3, folded into web-2) lost their badge.
    /// Every finding lint reports keeps its numbered badge, grouped or not, on any view that draws it.
    @Test func groupingKeepsEveryBadge() throws {
        let lint = try topograph("lint", Self.model, "--format", "json")
        let count = try #require(try JSONValue.parse(lint.stdout)["findings"]?.array?.count)
        #expect(count >= 10)
        let expected = Set(1...count)
        for group in ["always", "never"] {
            let run = try topograph("render", Self.model, "--format", "dot", "--group", group)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(Self.badges(in: run.stdout) == expected, "--group \(group)")
        }
        let grouped = try topograph("render", Self.model, "--format", "dot", "--group", "always")
        // web-2 stands for web-2 and web-3: it carries both their findings.
        let web2 = try #require(
            grouped.stdout.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"web-2\" [") })
        #expect(Self.badges(in: String(web2)).isSuperset(of: [9, 10]))
    }

    /// The numbers of the badges drawn in DOT text.
    static func badges(in dot: String) -> Set<Int> {
        let regex = /<B>#(\d+)<\/B>/
        return Set(dot.matches(of: regex).compactMap { Int($0.1) })
    }
}
