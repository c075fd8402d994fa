import Foundation
import Testing
import TopographTestSupport

/// Runs the built `topograph docs` the way a user does. The binary must already be built (`swift build`,
/// which scripts/test.sh runs before `swift test`).
@Suite(.serialized) struct DocsEndToEndTests {
    func topograph(_ arguments: [String], in directory: URL = Repo.root) throws -> ProcessResult {
        try TestProcess.topograph(arguments, in: directory)
    }

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-docs-e2e-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    let model = Repo.path("models/secured-and-monitored.yaml")

    @Test func writesMarkdownToStdoutAndTheSameBytesToAFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stdout = try topograph(["docs", model])
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("# secured-and-monitored\n"))
        let file = dir.appendingPathComponent("design.md").path
        #expect(try topograph(["docs", model, "-o", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == stdout.stdout)
    }

    @Test func checkExitsOneWhenStaleAndZeroWhenFresh() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("design.md").path
        let missing = try topograph(["docs", model, "-o", file, "--check"])
        #expect(missing.status == 1)
        #expect(!FileManager.default.fileExists(atPath: file), "--check writes nothing")
        #expect(try topograph(["docs", model, "-o", file]).status == 0)
        let fresh = try topograph(["docs", model, "-o", file, "--check"])
        #expect(fresh.status == 0)
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "## Inventory", with: "## Inventory (edited)")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let stale = try topograph(["docs", model, "-o", file, "--check"])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("design.md is stale: it has line "))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text, "--check leaves the stale file alone")
    }

    @Test func injectsIntoAReadmeAndChecksIt() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let readme = dir.appendingPathComponent("README.md").path
        let original =
            "# Ops\r\n\r\n```\r\n<!-- topograph:begin -->\r\n```\r\n\r\n<!-- topograph:begin -->\r\n<!-- topograph:end -->\r\n\r\nKeep me ✓"
        try Data(original.utf8).write(to: URL(fileURLWithPath: readme))
        #expect(try topograph(["docs", model, "--inject", readme, "--check"]).status == 1)
        #expect(try topograph(["docs", model, "--inject", readme]).status == 0)
        let injected = try String(contentsOfFile: readme, encoding: .utf8)
        #expect(
            injected.hasPrefix(
                "# Ops\r\n\r\n```\r\n<!-- topograph:begin -->\r\n```\r\n\r\n<!-- topograph:begin -->\r\n\r\n# secured-and-monitored\r\n"))
        #expect(injected.hasSuffix("\r\n\r\n<!-- topograph:end -->\r\n\r\nKeep me ✓"))
        #expect(try topograph(["docs", model, "--inject", readme, "--check"]).status == 0)
    }

    @Test func unbalancedMarkersFailWithTheFileNamedAndNothingWritten() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let readme = dir.appendingPathComponent("README.md").path
        let original = "intro\n<!-- topograph:begin -->\nno end\n"
        try original.write(toFile: readme, atomically: true, encoding: .utf8)
        let run = try topograph(["docs", model, "--inject", readme])
        #expect(run.status == 2)
        #expect(run.stderr.contains("README.md:2: <!-- topograph:begin --> has no matching <!-- topograph:end -->"))
        #expect(try String(contentsOfFile: readme, encoding: .utf8) == original)
    }

    /// `--diagram evil.svg` inlined the file verbatim, `<script>` and `onload` included: the page now
    /// inlines Topograph's own render of the view the file is named after, never the file.
    @Test func htmlInlinesTopographsOwnRenderNeverTheFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let evil = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>\n"
        try evil.write(to: dir.appendingPathComponent("security.svg"), atomically: true, encoding: .utf8)
        try evil.write(to: dir.appendingPathComponent("evil.svg"), atomically: true, encoding: .utf8)
        let page = dir.appendingPathComponent("design.html").path
        #expect(try topograph(["docs", model, "--format", "html", "--diagram", "security.svg", "-o", page]).status == 0)
        var html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("alert(") && !html.contains("onload"))
        #expect(html.contains("<title>secured-and-monitored</title>"))
        #expect(html.contains("<svg") && html.contains("security view"))
        #expect(try topograph(["docs", model, "--format", "html", "--diagram", "evil.svg", "-o", page]).status == 0)
        html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("alert(") && html.contains("<svg"))
    }

    @Test func usageMistakesExitTwo() throws {
        #expect(try topograph(["docs", model, "--check"]).status == 2)
        #expect(try topograph(["docs", model, "--date", "25/11/2026"]).status == 2)
        #expect(try topograph(["docs", model, "--inject", "x.md", "--format", "html"]).status == 2)
        let dated = try topograph(["docs", model, "--date", "2026-11-25"])
        #expect(dated.status == 0)
        #expect(dated.stdout.contains("Generated on 2026-11-25."))
    }
}
