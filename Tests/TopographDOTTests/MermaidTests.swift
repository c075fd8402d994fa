import Foundation
import Testing
import TopographDOT
import TopographModel
import TopographTestSupport

/// Mermaid and C4-PlantUML text: reviewed goldens, escaping properties, and a strict reading of
/// the structure (every statement one of the forms we write, every link between declared ids).
/// `scripts/browser-test.sh` also renders the goldens with Mermaid itself.
@Suite struct MermaidTests {
    static let cases = Repo.referenceModels.flatMap { model in DiagramView.standard.map { (model, $0) } }

    @Test(arguments: cases)
    func referenceModelView(model: String, view: DiagramView) throws {
        let text = DiagramRenderer.mermaid(for: try Repo.model(model), findings: [], options: DiagramOptions(view: view))
        try expectGolden(text, "\(model)/\(view.rawValue).mmd")
        _ = try MermaidReader(text)
    }

    @Test(arguments: DiagramView.standard)
    func findingsOverlay(view: DiagramView) throws {
        let text = DiagramRenderer.mermaid(
            for: try Repo.model("secured-and-monitored"), findings: SampleFindings.secured, options: DiagramOptions(view: view))
        try expectGolden(text, "secured-and-monitored/\(view.rawValue)-findings.mmd")
    }

    @Test(arguments: Repo.referenceModels)
    func c4PlantUML(model: String) throws {
        let findings = model == "secured-and-monitored" ? SampleFindings.secured : []
        let text = DiagramRenderer.c4PlantUML(for: try Repo.model(model), findings: findings)
        try expectGolden(text, "\(model)/overview.puml")
        _ = try PlantUMLReader(text)
    }

    /// The overview draws every component and every segment the DOT diagram draws (a DOT bundle
    /// draws several segments through junction points: counted as the segments it stands for).
    @Test(arguments: Repo.referenceModels)
    func overviewHasTheDOTDiagramsElements(model: String) throws {
        let architecture = try Repo.model(model)
        let chart = try MermaidReader(DiagramRenderer.mermaid(for: architecture, findings: []))
        #expect(Set(chart.nodes.keys).isSuperset(of: architecture.components.map { "n_" + Self.plain($0.id.rawValue) }))
        var lines = 0
        var sources: [Substring: Int] = [:]
        var targets: [Substring: Int] = [:]
        func bundle(_ node: String) -> Substring? { node.hasPrefix("bundle:") ? node.split(separator: ":")[1] : nil }
        for statement in DiagramRenderer.graph(for: architecture, findings: []).statements {
            guard case .edge(let edge) = statement, edge.attributes["style"] != .string("invis") else { continue }
            switch (bundle(edge.from), bundle(edge.to)) {
            case (nil, nil): lines += 1
            case (nil, let k?): sources[k, default: 0] += 1
            case (let k?, nil): targets[k, default: 0] += 1
            case (.some, .some): break
            }
        }
        // A bundle of n sources and m targets draws all n × m segments.
        let dotEdges = lines + sources.keys.reduce(0) { $0 + sources[$1]! * targets[$1]! }
        #expect(chart.links.count == dotEdges)
    }

    @Test func escapedLabelsCloseNothingAndReadBack() {
        var rng = SeededGenerator(seed: 0x3E3)
        for _ in 0..<500 {
            let text = MermaidAwkward.make(&rng)
            let escaped = MermaidText.escape(text)
            #expect(!escaped.contains { "\"|<>&`\n\r".contains($0) } || escaped.contains("<br/>"), "\(text.debugDescription)")
            let withoutBreaks = escaped.replacingOccurrences(of: "<br/>", with: "")
            #expect(!withoutBreaks.contains { "\"|<>&`\n\r".contains($0) }, "\(text.debugDescription)")
            #expect(MermaidReader.decode(escaped) == MermaidText.displayed(text), "\(text.debugDescription)")
        }
    }

    @Test func plantUMLArgumentsCloseNothingAndReadBack() {
        var rng = SeededGenerator(seed: 0x9D1)
        for _ in 0..<500 {
            let text = MermaidAwkward.make(&rng)
            let escaped = PlantUMLText.escape(text)
            #expect(PlantUMLReader.isInert(escaped), "\(text.debugDescription) -> \(escaped)")
            #expect(PlantUMLReader.decode(escaped) == PlantUMLReader.displayed(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: 0..<12)
    func awkwardModelsGiveExactlyTheirElements(seed: UInt64) throws {
        var rng = SeededGenerator(seed: 0xC4 + seed)
        let architecture = AwkwardModel.make(&rng)
        for view in DiagramView.standard {
            let options = DiagramOptions(view: view, title: MermaidAwkward.make(&rng))
            let chart = try MermaidReader(DiagramRenderer.mermaid(for: architecture, findings: [], options: options))
            let puml = try PlantUMLReader(DiagramRenderer.c4PlantUML(for: architecture, findings: [], options: options))
            if view == .overview {
                let ids = Set(architecture.components.map { "n_" + Self.plain($0.id.rawValue) })
                #expect(Set(chart.nodes.keys) == ids)
                #expect(Set(puml.elements).isSuperset(of: ids))
                for component in architecture.components {
                    let label = try #require(chart.nodes["n_" + Self.plain(component.id.rawValue)])
                    #expect(label.hasPrefix(MermaidText.displayed(component.displayName)), "\(label.debugDescription)")
                }
            }
        }
    }

    /// The same scheme as the renderers' ids, written independently.
    static func plain(_ raw: String) -> String {
        raw.unicodeScalars.map { scalar -> String in
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) { return String(scalar) }
            return scalar == "_" ? "__" : "_" + String(scalar.value, radix: 16) + "_"
        }.joined()
    }
}

/// AwkwardText plus what is special to Mermaid and PlantUML.
enum MermaidAwkward {
    static let extra = [
        "`", "#35;", "#quot;", "%%", "end", "-->", "|x|", ":::", "$x", "%date()", "**", "//", "__", "~~", "==", "!include",
        "'", "[[a]]", "<U+0022>", "&#34;", "\\n", "click", "style", "ﬂ°°", "¶ß",
    ]

    static func make(_ rng: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...8, using: &rng)).map { _ in
            Bool.random(using: &rng) ? extra.randomElement(using: &rng)! : AwkwardText.make(&rng, maxParts: 1)
        }.joined()
    }
}
