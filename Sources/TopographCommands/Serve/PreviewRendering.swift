import Foundation
import TopographDOT
import TopographDocs
import TopographModel
import TopographServe

/// What `serve` shows for a model: the design document as `generate` writes design.html (every
/// view in the pan-and-zoom viewer, elements linked to their sections) at `/`, and each view's SVG
/// at `/views/<view>.svg`; all rendered in memory, nothing written. A model that does not load
/// gives a page with the error instead.
struct PreviewRendering {
    /// The model file, absolute.
    var model: String
    var today: String
    var settings = PreviewSettings()

    /// The site of the model as it is now, and its findings; throws the model's error.
    func site() throws -> (site: PreviewSite, findings: Int) {
        let entry = ModelEntry(
            name: (model as NSString).lastPathComponent, path: model,
            diagrams: DiagramOutputs(formats: [.svg], views: settings.views, dir: "views", group: settings.grouping),
            docs: DocOutputs(markdown: nil, html: "index.html", diagram: settings.documentView))
        let config = ProjectConfig(root: "/", file: model, models: [entry])
        let built = try ModelBuilder.build(entry, in: config, toolchain: LiveToolchain(), today: today)
        var resources: [String: PreviewSite.Resource] = [:]
        for (path, data) in built.files {
            resources["/" + path] = path == "index.html" ? .page(String(decoding: data, as: UTF8.self)) : .svg(data)
        }
        resources["/"] = resources["/index.html"]
        return (PreviewSite(resources: resources), built.findings.count)
    }

    /// The page shown instead of the design while the model has an error: the diagnostics as the
    /// terminal shows them (file:line:column), escaped; the page reloads when the model is fixed.
    static func errorSite(_ diagnostics: String, model: String, excerpt: String? = nil) -> PreviewSite {
        let name = HTMLPage.escape((model as NSString).lastPathComponent)
        let source = excerpt.map { "\n<pre id=\"source\" class=\"source\">\(HTMLPage.escape($0))</pre>" } ?? ""
        let body = """
            <h1 id="model-error">\(name) does not load</h1>
            <pre id="diagnostics">\(HTMLPage.escape(diagnostics))</pre>\(source)
            <p>Fix the model and save it: this page shows the design again by itself.</p>
            """
        let page = notice(title: "Error in \(name)", body: body)
        return PreviewSite(resources: ["/": .page(page, status: 500), "/index.html": .page(page, status: 500)])
    }

    /// The page shown while the first rendering runs (a Swift model compiles for a few seconds).
    static func pendingSite(model: String) -> PreviewSite {
        let name = HTMLPage.escape((model as NSString).lastPathComponent)
        let page = notice(title: "Rendering \(name)", body: "<p id=\"rendering\">Rendering \(name)…</p>")
        return PreviewSite(resources: ["/": .page(page), "/index.html": .page(page)])
    }

    /// A small page with a message, styled like the document.
    private static func notice(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
        h1 { font-size: 1.4rem; color: #b42318; }
        pre { background: #fff5f5; border: 1px solid #f3c2c2; border-radius: 6px; padding: 1rem; overflow-x: auto; white-space: pre-wrap; }
        pre.source { background: #f6f8fa; border-color: #d0d7de; white-space: pre; }
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
