import Testing
import TopographDocs
import TopographModel
import TopographTestSupport

/// Model strings full of Markdown and HTML syntax must not change the document's structure: the same
/// blocks, rectangular tables, no raw HTML and no links the document did not make itself.
@Suite struct EscapingPropertyTests {
    static let nasty = [
        "|", "\\", "`", "``", "*", "**", "_", "__", "[", "]", "(", ")", "<", ">", "&", "&amp;", "#", "# ", "-", "- ", "+ ",
        "=", "===", "~", "~~", "!", "![x](y)", "[a](javascript:alert(1))", ":", "@", "1. ", "2) ", "> ", "<script>", "</div>",
        "<!-- topograph:end -->", "<!--", "-->", "www.evil.com", "http://evil.com", "a@b.co", "\n", "\r\n", "\n\n", "\t", "    ",
        "```", "~~~", "$", "{", "}", "\u{0}", "é", "🚀", "日本", "\u{202E}", " ", "x", "y", "0",
    ]

    static func string(_ rng: inout SeededGenerator) -> String {
        let parts = (0..<Int.random(in: 1...8, using: &rng)).map { _ in nasty.randomElement(using: &rng)! }
        return "v" + parts.joined()  // never empty: structure must not depend on emptiness
    }

    /// The hand-built model with every free-text field and every id replaced by hostile text.
    static func hostile(seed: UInt64) -> (Architecture, [Finding], [RuleDescriptor]) {
        var rng = SeededGenerator(seed: seed)
        var arch = HandBuilt.securedAndMonitored()
        var rename: [ElementID: ElementID] = [:]
        for id in arch.components.map(\.id) + arch.hosts.map(\.id) + arch.zones.map(\.id) {
            rename[id] = ElementID(string(&rng) + "-\(rename.count)")  // unique, so the model stays consistent
        }
        let r = { (id: ElementID) in rename[id] ?? id }
        arch.name = string(&rng)
        arch.description = string(&rng)
        arch.domain = string(&rng)
        arch.zones = arch.zones.map {
            Zone(id: r($0.id), name: EscapingPropertyTests.string(&rng), kind: $0.kind, description: EscapingPropertyTests.string(&rng))
        }
        arch.hosts = arch.hosts.map { Host(id: r($0.id), name: EscapingPropertyTests.string(&rng), zone: $0.zone.map(r)) }
        arch.components = arch.components.map { c in
            var c = c
            c.id = r(c.id)
            c.host = c.host.map(r)
            c.zone = c.zone.map(r)
            c.name = string(&rng)
            c.description = string(&rng)
            c.software = c.software.map { _ in
                Software(product: EscapingPropertyTests.string(&rng), version: EscapingPropertyTests.string(&rng))
            }
            switch c.spec {
            case .dnsRecord(var d):
                d.targets = d.targets.map(r)
                d.name = string(&rng)
                d.value = string(&rng)
                c.spec = .dnsRecord(d)
            case .firewall(var f):
                f.protects = f.protects.map(r)
                f.rules = f.rules.map {
                    var rule = $0
                    rule.peer = rule.peer.map { rename[ElementID($0)]?.rawValue ?? $0 }
                    rule.description = EscapingPropertyTests.string(&rng)
                    return rule
                }
                c.spec = .firewall(f)
            case .loadBalancer(var l):
                l.backends = l.backends.map(r)
                c.spec = .loadBalancer(l)
            case .database(var d):
                d.replicatesFrom = d.replicatesFrom.map(r)
                d.engine = string(&rng)
                c.spec = .database(d)
            case .monitoringAgent(var m):
                m.shipsTo = m.shipsTo.map(r)
                m.vendor = string(&rng)
                c.spec = .monitoringAgent(m)
            case .monitoringPlatform(var m):
                m.vendor = string(&rng)
                c.spec = .monitoringPlatform(m)
            default: break
            }
            return c
        }
        arch.certificates = arch.certificates.map {
            var cert = $0
            cert.installedOn = cert.installedOn.map(r)
            cert.subject = EscapingPropertyTests.string(&rng)
            return cert
        }
        arch.flows = arch.flows.map { f in
            Flow(id: f.id, from: r(f.from), to: r(f.to), protocol: f.protocol, port: f.port, encrypted: f.encrypted, purpose: f.purpose)
        }
        arch.acceptedRisks = arch.acceptedRisks.map {
            AcceptedRisk(
                rule: $0.rule, element: $0.element.map(r), reason: EscapingPropertyTests.string(&rng),
                expires: EscapingPropertyTests.string(&rng))
        }
        let findings = HandBuilt.findings.map { f -> Finding in
            var f = f
            f.message = string(&rng)
            f.evidence = f.evidence.map { _ in EscapingPropertyTests.string(&rng) }
            f.recommendation = string(&rng)
            f.elements = f.elements.map(r)
            f.acceptance = f.acceptance.map { Acceptance(risk: arch.acceptedRisks[0], isExpired: $0.isExpired) }
            return f
        }
        let catalogue = HandBuilt.catalogue.map {
            var d = $0
            d.title = EscapingPropertyTests.string(&rng)
            d.rationale = EscapingPropertyTests.string(&rng)
            d.recommendation = EscapingPropertyTests.string(&rng)
            d.category = EscapingPropertyTests.string(&rng)
            return d
        }
        return (arch, findings, catalogue)
    }

    static func skeleton(_ check: StructureCheck) -> [String] {
        check.tree.children.map { node in
            switch node.type {
            case "heading": "h\(node.headingLevel)"
            case "paragraph": "paragraph"
            default: node.type + "(\(node.children.count))"  // list items, table rows, quoted blocks
            }
        }
    }

    @Test(arguments: 0..<60) func hostileTextKeepsTheStructure(seed: UInt64) throws {
        let baseline = StructureCheck(
            DesignDocument.markdown(
                for: HandBuilt.securedAndMonitored(), findings: HandBuilt.findings,
                catalogue: HandBuilt.catalogue, options: DocumentOptions(diagramPath: "d.svg")))
        let (arch, findings, catalogue) = Self.hostile(seed: seed)
        let markdown = DesignDocument.markdown(
            for: arch, findings: findings, catalogue: catalogue, options: DocumentOptions(diagramPath: "d.svg"))
        let check = StructureCheck(markdown)
        #expect(check.rawHTML.isEmpty, "raw HTML from model text: \(check.rawHTML.map { $0.literal ?? "" })")
        #expect(Self.skeleton(check) == Self.skeleton(baseline))
        check.expectRectangularTables()
        #expect(check.tables.map(\.columns) == baseline.tables.map(\.columns))
        #expect(check.tables.map(\.rowCells.count) == baseline.tables.map(\.rowCells.count))
        // GFM's extended email autolinks survive escaping; a mailto link is harmless and shows its address.
        let links = check.links.filter { !($0.url ?? "").hasPrefix("mailto:") }
        // The only links are the ones the document makes: the diagram and anchors of its own headings.
        #expect(links.compactMap(\.url).filter { !$0.hasPrefix("#") } == ["d.svg"])
        #expect(check.nodes.filter { $0.type == "heading" }.count == baseline.nodes.filter { $0.type == "heading" }.count)
        let anchors = Set(check.nodes.filter { $0.type == "heading" }.map { Anchor.slug($0.plainText) })
        for url in links.compactMap(\.url) where url != "d.svg" { #expect(anchors.contains(String(url.dropFirst())), "dangling \(url)") }
        let html = try HTMLPage.render(markdown: markdown, title: arch.name, inlineSVG: nil)
        #expect(!html.contains("raw HTML omitted"))
        #expect(!html.contains("<script"))
    }
}
