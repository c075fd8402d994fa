import Foundation
import Testing
import TopographModelFiles
import TopographTestSupport

@testable import TopographCommands

/// Messages phrased for the user, naming the file, with exit code 2 for every usage or environment
/// error; and the limits on input that a user can raise.
@Suite struct MessagesAndLimitsTests {
    let directory: URL

    init() throws { directory = try temporaryDirectory() }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Binary.Result {
        try Binary.run(arguments, in: directory, environment: environment)
    }

    @Test func deepYAMLNestingIsExplainedWithoutLibyamlInternals() throws {
        try write("deep.yaml", "name: m\nx: " + String(repeating: "[", count: 1100) + String(repeating: "]", count: 1100) + "\n")
        let result = try run(["lint", "deep.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("deep.yaml:2:5: error: malformed YAML: nested more than 1000 levels deep"))
        #expect(!result.stderr.contains("yaml_set_max_nest_level"))
    }

    @Test func badDOTInputNamesTheFileAndIsNotCalledABug() throws {
        try write("bad.dot", "digraph {\n  a -> \n}\n")
        let result = try run(["render", "bad.dot", "-o", "bad.svg"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: bad.dot: Graphviz rejected the DOT text"))
        #expect(!result.stderr.contains("bug"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bad.svg").path))
    }

    /// Graphviz opened any file a `.dot` input named (`/etc/hostname` in an SVG).
    @Test(arguments: [
        ("digraph {\n a [image=\"/etc/hostname\"]\n}\n", "bad.dot:2: 'image' makes Graphviz read a file"),
        ("digraph {\n a [shape=box,\n  shapefile = \"/etc/passwd\"]\n}\n", "bad.dot:3: 'shapefile' makes Graphviz read a file"),
        (
            "digraph {\n a [label=<<TABLE><TR><TD><IMG SRC=\"/etc/hostname\"/></TD></TR></TABLE>>]\n}\n",
            "bad.dot:2: '<IMG>' makes Graphviz read a file"
        ),
        ("graph { imagepath=\"/etc\" }\n", "bad.dot:1: 'imagepath' makes Graphviz read a file"),
        (String(repeating: "subgraph cluster_x {", count: 40) + String(repeating: "}", count: 40), "braces nested more than 24 deep"),
    ])
    func dotInputThatReadsFilesOrNestsTooDeepIsRefused(_ dot: String, _ message: String) throws {
        try write("bad.dot", dot.hasPrefix("digraph") || dot.hasPrefix("graph") ? dot : "digraph {\n\(dot)\n}\n")
        let result = try run(["render", "bad.dot", "-o", "out.svg"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.svg").path))
    }

    /// A small DOT file can keep Graphviz busy for minutes (this one: over a minute for `dot -Tsvg`):
    /// the layout is stopped at the time limit, with the file named, exit 2 and nothing written.
    @Test func aDOTInputThatLaysOutForeverIsStoppedAtTheTimeLimit() throws {
        let edges = (0..<300).flatMap { node in (1...15).map { "  n\(node) -> n\((node * 7 + $0 * 13) % 300);" } }
        try write("dense.dot", "digraph {\n" + edges.joined(separator: "\n") + "\n}\n")
        try write("dense.svg", "the previous picture\n")
        let result = try run(["render", "dense.dot", "-o", "dense.svg"], environment: [LayoutTimeGuard.variable: "1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: dense.dot: Graphviz took longer than 1 s to lay it out; stopped, nothing written"))
        #expect(try String(contentsOf: directory.appendingPathComponent("dense.svg"), encoding: .utf8) == "the previous picture\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["dense.dot", "dense.svg"])
    }

    /// `kill -9` of `render -o` between writing its temporary file and renaming it left
    /// `.<name>.tmp-<pid>-<n>` beside the target forever; the next write of that target removes it,
    /// but not one whose process still runs.
    @Test func aWriteSweepsTheTemporariesOfKilledWrites() throws {
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        try write(".out.svg.tmp-\(dead.processIdentifier)-42", "half a picture")
        try write(".out.svg.tmp-\(getpid())-43", "being written by a live process")
        try write(".other.svg.tmp-\(dead.processIdentifier)-44", "not this target's")
        try AtomicFile.write("<svg/>", to: directory.appendingPathComponent("out.svg").path)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
                ".other.svg.tmp-\(dead.processIdentifier)-44", ".out.svg.tmp-\(getpid())-43", "out.svg",
            ])
    }

    @Test func aLabelMentioningImagesIsFine() throws {
        try write("ok.dot", "digraph {\n a [label=\"image server\"]\n b [label=\"pictures: image_store\"]\n}\n")
        let result = try run(["render", "ok.dot"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func negativeAndImpossibleValuesGetRealMessages() throws {
        let model = TestProcess.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml").path
        let dpi = try run(["render", model, "--dpi", "-5", "-f", "png", "-o", "x.png"])
        #expect(dpi.status == 2)
        #expect(dpi.stderr.hasPrefix("error: --dpi must be between 1 and 2400"))
        let date = try run(["docs", model, "--date", "2024-02-30"])
        #expect(date.status == 2)
        #expect(date.stderr.hasPrefix("error: --date must be a date written YYYY-MM-DD, not '2024-02-30'"))
    }

    /// An uncreatable `.topograph-cache` made generate exit 1 with NSCocoaErrorDomain Code=516.
    @Test func anUncreatableCacheIsExit2WithAClearMessage() throws {
        let model = try String(
            contentsOf: TestProcess.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml"), encoding: .utf8)
        try write("web.yaml", model)
        try write("topograph.yml", "models:\n  - path: web.yaml\n    docs: {markdown: web.md}\n")
        try write(".topograph-cache", "not a directory\n")
        let result = try run(["generate"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(".topograph-cache exists and is not a directory"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("web.md").path))
    }

    /// A generated 30,000-server model (43 MB) could not be linted at all.
    @Test func theModelSizeLimitCanBeRaised() throws {
        let model = try String(
            contentsOf: TestProcess.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml"), encoding: .utf8)
        let padding = String(repeating: "# padding to pass the default limit of twenty megabytes\n", count: 21 * 1024 * 1024 / 56)
        try write("big.yaml", model + padding)
        let refused = try run(["lint", "big.yaml"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("over the 20.0 MB limit"))
        #expect(refused.stderr.contains("--max-model-size 22M or TOPOGRAPH_MAX_MODEL_SIZE=22M"))
        #expect(try run(["lint", "big.yaml", "--max-model-size", "64M"]).status != 2)
        #expect(try run(["lint", "big.yaml"], environment: ["TOPOGRAPH_MAX_MODEL_SIZE": "1G"]).status != 2)
        let bad = try run(["lint", "big.yaml", "--max-model-size", "lots"])
        #expect(bad.status == 2 && bad.stderr.contains("--max-model-size must be a size such as 64M"))
    }

    /// Regression: `dump` and `whatif` read models but had no `--max-model-size`, so a model that
    /// `lint --max-model-size` read could not be dumped or analysed at all.
    @Test(arguments: [["dump", "big.yaml"], ["whatif", "big.yaml"]])
    func everyCommandThatReadsAModelTakesTheSizeOption(_ command: [String]) throws {
        let model = try String(
            contentsOf: TestProcess.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml"), encoding: .utf8)
        try write("big.yaml", model + "# padding past a limit of one megabyte\n" + String(repeating: "#\n", count: 600_000))
        let refused = try run(command + ["--max-model-size", "1M"])
        #expect(refused.status == 2 && refused.stderr.contains("over the 1.0 MB limit"))
        let raised = try run(command + ["--max-model-size", "2M"])
        #expect(raised.status != 2, "\(raised.stderr)")
        #expect(!raised.stdout.isEmpty)
        let bad = try run(command + ["--max-model-size", "lots"])
        #expect(bad.status == 2 && bad.stderr.contains("--max-model-size must be a size such as 64M"))
    }

    @Test(
        arguments: [
            ("64", 64 << 20), ("64M", 64 << 20), ("64mb", 64 << 20), ("512K", 512 << 10), ("2G", 2 << 30), ("0", nil), ("-1M", nil),
            ("x", nil),
        ] as [(String, Int?)])
    func sizesAreMegabytesUnlessSaid(_ text: String, _ bytes: Int?) {
        #expect(ModelSizeLimit.parse(text) == bytes)
    }
}
