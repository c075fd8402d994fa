import Testing
import TopographDocs

@Suite struct HTMLPageTests {
    let markdown = DesignDocument.markdown(
        for: HandBuilt.securedAndMonitored(), findings: HandBuilt.findings,
        catalogue: HandBuilt.catalogue, options: DocumentOptions(diagramPath: "diagram.svg"))

    @Test func isOneSelfContainedPage() throws {
        let html = try HTMLPage.render(markdown: markdown, title: "secured <&> monitored", inlineSVG: nil)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<title>secured &lt;&amp;&gt; monitored</title>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<link "), "no external stylesheet")
        #expect(!html.contains("<script"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<img src=\"diagram.svg\""))
        #expect(html.hasSuffix("</html>\n"))
        #expect(
            try HTMLPage.render(markdown: markdown, title: "t", inlineSVG: nil)
                == HTMLPage.render(markdown: markdown, title: "t", inlineSVG: nil))
    }

    @Test func headingsCarryTheAnchorsTheLinksUse() throws {
        let html = try HTMLPage.render(markdown: markdown, title: "t", inlineSVG: nil)
        #expect(html.contains("<h4 id=\"1-traffic-travels-in-plaintext-after-tls-termination\">"))
        #expect(html.contains("href=\"#1-traffic-travels-in-plaintext-after-tls-termination\""))
        #expect(html.contains("<h2 id=\"recommendations\">Recommendations</h2>"))
    }

    @Test func duplicateHeadingsGetGitHubSuffixes() throws {
        let html = try HTMLPage.render(markdown: "## Notes\n\n## Notes\n\n## Notes & `code`\n", title: "t", inlineSVG: nil)
        #expect(html.contains("<h2 id=\"notes\">Notes</h2>\n<h2 id=\"notes-1\">Notes</h2>"))
        #expect(html.contains("<h2 id=\"notes--code\">"))
    }

    @Test func inlinesTheDiagramInPlaceOfTheImage() throws {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"graph0\"/></svg>\n"
        let html = try HTMLPage.render(markdown: markdown, title: "t", inlineSVG: svg)
        #expect(html.contains("<figure class=\"diagram\" id=\"view-diagram\">"))
        #expect(
            html.contains("<div class=\"viewport\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"graph0\"/></svg>\n</div>\n</figure>")
        )
        #expect(!html.contains("<img "))
        #expect(!html.contains("<?xml"))
    }

    @Test func rawHTMLNeverPasses() throws {
        let hostile = "# T\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <iframe>.\n"
        let html = try HTMLPage.render(markdown: hostile, title: "t", inlineSVG: nil)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<iframe"))
        #expect(html.contains("raw HTML omitted"))
    }
}
