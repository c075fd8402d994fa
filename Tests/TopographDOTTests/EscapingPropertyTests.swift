import Foundation
import Testing
import TopographDOT
import TopographGraphviz
import TopographModel
import TopographTestSupport

/// Model text full of DOT, HTML and XML metacharacters must come back from Graphviz's own parser
/// unchanged, and never add or remove a node, edge or cluster.
@Suite struct EscapingPropertyTests {
    @Test(arguments: 0..<4)
    func htmlLabelsRoundTripThroughGraphviz(batch: UInt64) throws {
        var rng = SeededGenerator(seed: 0xD07 + batch)
        var texts: [String] = []
        var statements: [DOTStatement] = []
        for i in 0..<50 {
            let text = AwkwardText.make(&rng)
            texts.append(text)
            statements.append(.node(DOTNode("n\(i)", ["label": .html(HTMLText.escape(text))])))
        }
        let dot = DOTEncoder.encode(DOTGraph("g", statements))
        let parsed = try Graphviz.parse(dot: dot)
        #expect(parsed.nodes.count == texts.count)
        for (i, text) in texts.enumerated() {
            let node = try #require(parsed.nodes.first { $0.name == "n\(i)" })
            #expect(node.htmlAttributes.contains("label") || HTMLText.escape(text).isEmpty)
            #expect(Unescape.html(node.attributes["label"] ?? "") == HTMLText.displayed(text), "label of n\(i): \(text.debugDescription)")
        }
        // Graphviz's HTML parser (expat) accepts every label: layout reports no error.
        _ = try Graphviz.render(dot: dot, format: .svg)
    }

    @Test(arguments: 0..<4)
    func quotedStringsRoundTripThroughTheLexer(batch: UInt64) throws {
        var rng = SeededGenerator(seed: 0x5EED + batch)
        let texts = (0..<60).map { _ in AwkwardText.make(&rng) }
        let statements = texts.enumerated().map { i, text in DOTStatement.node(DOTNode("n\(i)", ["tooltip": .string(text)])) }
        let parsed = try Graphviz.parse(dot: DOTEncoder.encode(DOTGraph("g", statements)), attributes: ["tooltip"])
        #expect(parsed.nodes.count == texts.count)
        for (i, text) in texts.enumerated() {
            let value = parsed.nodes.first { $0.name == "n\(i)" }?.attributes["tooltip"]
            #expect(value.map(Unescape.escString) == Unescape.expectedEscString(text), "tooltip of n\(i): \(text.debugDescription)")
        }
    }

    @Test(arguments: 0..<16)
    func awkwardModelsGiveExactlyTheirElements(seed: UInt64) throws {
        var rng = SeededGenerator(seed: 0xA11 + seed)
        let architecture = AwkwardModel.make(&rng)
        for view in DiagramView.allCases {
            let dot = DiagramRenderer.dot(
                for: architecture, findings: [], options: DiagramOptions(view: view, title: AwkwardText.make(&rng)))
            let parsed = try Graphviz.parse(dot: dot)
            let scene = parsed.nodes.map(\.name).filter { !$0.hasPrefix("context:") }
            if view == .overview {
                #expect(Set(scene) == Set(architecture.components.map { DOTEncoder.identifier($0.id.rawValue) }))
                let names = Set(parsed.nodes.compactMap { $0.attributes["label"] }.map(Unescape.html))
                for component in architecture.components {
                    #expect(names.contains { $0.hasPrefix(HTMLText.displayed(component.displayName)) })
                }
            }
            #expect(parsed.subgraphs.allSatisfy { $0.name.hasPrefix("cluster_zone_") || $0.name.hasPrefix("cluster_host_") })
            _ = try Graphviz.render(dot: dot, format: .svg)
        }
    }
}

/// What a label shows after Graphviz reads it: the inverse of the encoders, written independently.
enum Unescape {
    /// Text of an HTML-like label: tags dropped (`<BR/>` is a line break), entities decoded.
    static func html(_ markup: String) -> String {
        var text = markup.replacingOccurrences(of: "<BR/>", with: "\n")
        text = text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#93;", "]"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// Graphviz's escString reading of a raw attribute: `\\` is a backslash, `\n` a line break.
    static func escString(_ raw: String) -> String {
        var out = ""
        var iterator = raw.makeIterator()
        while let c = iterator.next() {
            guard c == "\\", let next = iterator.next() else {
                out.append(c)
                continue
            }
            out.append(next == "n" ? "\n" : next)
        }
        return out
    }

    /// What `DOTEncoder.quote` promises to preserve: everything but control characters
    /// (spaces), carriage returns (dropped), and a space after a final backslash.
    static func expectedEscString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\r" { continue }
            if scalar != "\n" && (scalar.value < 0x20 || scalar.value == 0x7F) {
                out += " "
                continue
            }
            out.unicodeScalars.append(scalar)
        }
        return text.hasSuffix("\\") ? out + " " : out
    }
}

/// A model whose every id and name is awkward text.
enum AwkwardModel {
    static func make(_ rng: inout SeededGenerator) -> Architecture {
        func id(_ i: Int) -> ElementID { ElementID("\(AwkwardText.make(&rng, maxParts: 3))#\(i)") }
        let zone = Zone(id: id(0), name: AwkwardText.make(&rng), kind: .private)
        let host = Host(id: id(1), name: AwkwardText.make(&rng), zone: zone.id)
        let web = Component(
            id: id(2), name: AwkwardText.make(&rng), spec: .webServer, host: host.id,
            software: Software(product: AwkwardText.make(&rng), version: AwkwardText.make(&rng)))
        let db = Component(id: id(3), name: AwkwardText.make(&rng), spec: .database(DatabaseSpec(role: .primary)), host: host.id)
        let agent = Component(id: id(4), spec: .monitoringAgent(MonitoringAgentSpec()), host: host.id)
        let client = Component(id: id(5), name: AwkwardText.make(&rng), spec: .client, zone: zone.id)
        return Architecture(
            name: AwkwardText.make(&rng), domain: AwkwardText.make(&rng), zones: [zone], hosts: [host],
            components: [web, db, agent, client],
            flows: [
                Flow(from: client.id, to: web.id, protocol: AwkwardText.make(&rng), port: 1),
                Flow(from: web.id, to: db.id, protocol: "mysql", purpose: .write),
            ])
    }
}
