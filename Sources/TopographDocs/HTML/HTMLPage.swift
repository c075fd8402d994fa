import CCmarkGFM
import Foundation
import TopographModel

/// One self-contained HTML page of a design document: cmark-gfm's rendering, inline CSS, and the
/// diagram's SVG inline when given.
public enum HTMLPage {
    /// Renders `markdown` with the GFM extensions, raw HTML suppressed. When `inlineSVG` is given, the
    /// first paragraph holding only an image (the diagram) is replaced by that SVG.
    public static func render(markdown: String, title: String, inlineSVG: String?) throws -> String {
        let figures = inlineSVG.map { [DiagramFigure(caption: "Diagram", svg: $0, fullSize: nil, id: "view-diagram")] } ?? []
        return try render(markdown: markdown, title: title, figures: figures)
    }

    /// Renders `markdown` with the GFM extensions, raw HTML suppressed. The first paragraph holding
    /// only an image (the diagram) becomes the viewer: every figure inline, with pan, zoom and a
    /// full-size link. Entries of the document get the ids the diagrams link to
    /// (`ElementID.anchor`, `issue-N`).
    public static func render(markdown: String, title: String, figures: [DiagramFigure]) throws -> String {
        let body = CMark.withDocument(markdown) { document, extensions in
            var parts: [String] = []
            var pending = figures.map { DiagramFigure(caption: $0.caption, svg: stripProlog($0.svg), fullSize: $0.fullSize, id: $0.id) }
            for node in CMark.children(of: document) {
                if !pending.isEmpty, isImageParagraph(node) {
                    parts.append(DiagramViewer.html(pending))
                    pending = []
                } else {
                    parts.append(CMark.html(of: node, extensions: extensions))
                }
            }
            return ElementAnchors.add(to: addHeadingIDs(parts.joined()))
        }
        let script = figures.isEmpty ? "" : "<script>\n\(DiagramViewer.script)</script>\n"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Topograph">
            <title>\(escape(title))</title>
            <style>
            \(PageStyle.css)\(figures.isEmpty ? "" : DiagramViewer.css)</style>
            </head>
            <body>
            <main>
            \(body)</main>
            \(script)</body>
            </html>

            """
    }

    /// HTML text escaping for the few strings we place outside cmark's renderer.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // HTML allows no control characters but whitespace, not even as references.
            case _ where MD.isControl(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isImageParagraph(_ node: OpaquePointer) -> Bool {
        guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH else { return false }
        let children = CMark.children(of: node)
        return children.count == 1 && cmark_node_get_type(children[0]) == CMARK_NODE_IMAGE
    }

    /// Graphviz SVG starts with an XML declaration and a DOCTYPE that are invalid inside HTML.
    private static func stripProlog(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Gives `<h1>`...`<h6>` GitHub's ids so the document's `#anchor` links work in the page too.
    static func addHeadingIDs(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        var used: [String: Int] = [:]
        while let open = rest.range(of: #"<h[1-6]>"#, options: .regularExpression) {
            out += rest[..<open.lowerBound]
            let level = rest[rest.index(open.lowerBound, offsetBy: 2)]
            guard let close = rest.range(of: "</h\(level)>", range: open.upperBound..<rest.endIndex) else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            var slug = Anchor.slug(decodeText(String(inner)))
            if let n = used[slug] {
                used[slug] = n + 1
                slug += "-\(n + 1)"
            } else {
                used[slug] = 0
            }
            out += "<h\(level) id=\"\(escape(slug))\">" + inner + "</h\(level)>"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// Text of rendered inline HTML: tags dropped, cmark's entities decoded.
    static func decodeText(_ html: String) -> String {
        let text = html.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
