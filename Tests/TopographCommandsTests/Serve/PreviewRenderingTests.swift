import Foundation
import Testing
import TopographDOT
import TopographModel
import TopographServe

@testable import TopographCommands

/// What `serve` shows: the design page and every view rendered in memory, or the error page with
/// the error escaped and the offending line.
@Suite struct PreviewRenderingTests {
    func text(_ resource: PreviewSite.Resource?) -> String { String(decoding: resource?.body ?? Data(), as: UTF8.self) }

    @Test func theSiteIsTheDesignPageAndEveryViewWithNothingWritten() throws {
        let model = TestPaths.repositoryRoot.appendingPathComponent("models/secured-and-monitored.yaml").path
        let before = try FileManager.default.contentsOfDirectory(atPath: TestPaths.repositoryRoot.appendingPathComponent("models").path)
        let (site, findings) = try PreviewRendering(model: model, today: "2026-01-01").site()
        #expect(findings > 0)
        let views = DiagramView.allCases.map { "/views/\($0.name).svg" }
        #expect(Set(site.resources.keys) == Set(["/", "/index.html"] + views))
        for view in views {
            #expect(site.resources[view]?.contentType == "image/svg+xml")
            #expect(text(site.resources[view]).contains("<svg"))
        }
        let page = text(site.resources["/"])
        #expect(page.contains("<figure class=\"diagram\" id=\"view-overview\""), "the viewer, overview first")
        #expect(page.contains("href=\"views/security.svg\""), "full-size links that the server answers")
        #expect(site.resources["/"]?.status == 200)
        let after = try FileManager.default.contentsOfDirectory(atPath: TestPaths.repositoryRoot.appendingPathComponent("models").path)
        #expect(before == after)
    }

    /// The model's entry in topograph.yml decides the views, their order and the grouping, as for
    /// the generated design.html; a model it does not list, or no configuration, shows every view.
    @Test func theConfigurationsEntryGivesTheViewsAndGrouping() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let model = root.appendingPathComponent("shop.yaml").path
        try FileManager.default.copyItem(
            atPath: TestPaths.repositoryRoot.appendingPathComponent("models/secured-and-monitored.yaml").path, toPath: model)
        let config = root.appendingPathComponent("topograph.yml").path
        try Data(
            """
            models:
              - path: shop.yaml
                diagrams: {views: [data, security], group: never}
                docs: {diagram: security}
            """.utf8
        ).write(to: URL(fileURLWithPath: config))
        let settings = try PreviewSettings.read(config: config, model: model)
        #expect(settings == PreviewSettings(views: [.data, .security], grouping: .never, documentView: .security))
        let (site, _) = try PreviewRendering(model: model, today: "2026-01-01", settings: settings).site()
        #expect(Set(site.resources.keys) == ["/", "/index.html", "/views/data.svg", "/views/security.svg"])
        let page = text(site.resources["/"])
        let security = try #require(page.range(of: "id=\"view-security\""))
        let data = try #require(page.range(of: "id=\"view-data\""))
        #expect(security.lowerBound < data.lowerBound, "the document's view comes first")

        #expect(try PreviewSettings.read(config: config, model: root.appendingPathComponent("other.yaml").path) == PreviewSettings())
        #expect(try PreviewSettings.read(config: nil, model: model) == PreviewSettings())
        try Data("models: [\n".utf8).write(to: URL(fileURLWithPath: config))
        #expect(throws: (any Error).self) { try PreviewSettings.read(config: config, model: model) }
    }

    @Test func theErrorPageEscapesTheErrorAndShowsTheLine() {
        let site = PreviewRendering.errorSite(
            "shop.yaml:2:7: error: '<script>alert(1)</script>' is not a valid kind", model: "/tmp/<b>shop&.yaml",
            excerpt: "1 | a\n2 | kind: <script>\n  |       ^")
        let page = text(site.resources["/"])
        #expect(site.resources["/"]?.status == 500)
        #expect(page.contains("&lt;b&gt;shop&amp;.yaml does not load"))
        #expect(page.contains("&#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<b>shop"))
        #expect(page.contains("<pre id=\"source\" class=\"source\">1 | a\n2 | kind: &lt;script&gt;\n  |       ^</pre>"))
    }

    @Test func theExcerptNumbersTheLinesAroundTheErrorWithACaretUnderItsColumn() {
        let text = (1...12).map { "line \($0)" }.joined(separator: "\n")
        let excerpt = SourceExcerpt.excerpt(of: text, at: SourceLocation(file: "m.yaml", line: 10, column: 6))
        #expect(
            excerpt == """
                 8 | line 8
                 9 | line 9
                10 | line 10
                   |      ^
                11 | line 11
                12 | line 12
                """)
        #expect(SourceExcerpt.excerpt(of: "a\r\nb", at: SourceLocation(file: "m", line: 1, column: 1)) == "1 | a\n  | ^\n2 | b")
        #expect(SourceExcerpt.excerpt(of: "\tkey: x", at: SourceLocation(file: "m", line: 1, column: 3)) == "1 | \tkey: x\n  | \t ^")
        #expect(SourceExcerpt.excerpt(of: "a", at: SourceLocation(file: "m", line: 5, column: 1)) == nil)
    }

    @Test func theLocationIsTheFirstOneTheErrorNames() {
        let located = ModelDiagnostic("bad", at: SourceLocation(file: "m.yaml", line: 3, column: 4))
        #expect(SourceExcerpt.location(of: ModelError([located])) == SourceLocation(file: "m.yaml", line: 3, column: 4))
        #expect(SourceExcerpt.location(of: located)?.line == 3)
        #expect(SourceExcerpt.location(of: CLIError("no file")) == nil)
    }
}
