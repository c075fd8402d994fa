import Foundation
import TopographModel

/// Gives the document's entries the ids that diagram elements and finding badges link to: an
/// element's entry (`- **`id`** — …`, or a `Host `id`` heading) gets `ElementID.anchor`, and
/// finding N's heading gets `issue-N`. Only the first entry of each id, so ids stay unique.
enum ElementAnchors {
    static func add(to html: String) -> String {
        var used = Set<String>()
        var text = replace(#"<li><strong><code>([^<]*)</code></strong>"#, in: html) { match in
            let anchor = ElementID(HTMLPage.decodeText(match[1])).anchor
            guard used.insert(anchor).inserted else { return match[0] }
            return "<li id=\"\(anchor)\"><strong><code>\(match[1])</code></strong>"
        }
        text = replace(#"(<h[1-6] id="[^"]*">)Host <code>([^<]*)</code>"#, in: text) { match in
            let anchor = ElementID(HTMLPage.decodeText(match[2])).anchor
            guard used.insert(anchor).inserted else { return match[0] }
            return match[1] + "<span id=\"\(anchor)\"></span>Host <code>\(match[2])</code>"
        }
        return replace(#"(<h4 id="[^"]*">)([0-9]+)\. "#, in: text) { match in
            guard used.insert("issue-" + match[2]).inserted else { return match[0] }
            return match[1] + "<span id=\"issue-\(match[2])\"></span>\(match[2]). "
        }
    }

    private static func replace(_ pattern: String, in text: String, with transform: ([String]) -> String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        var out = ""
        var last = text.startIndex
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            let groups = (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
            out += text[last..<range.lowerBound] + transform(groups)
            last = range.upperBound
        }
        return out + text[last...]
    }
}
