import Foundation
import Testing
import TopographDOT
import TopographModel
import TopographTestSupport

/// Mermaid and C4-PlantUML text: reviewed goldens, escaping properties, and a strict reading of
/// the structure (every statement one of the forms we write, every link between declared ids).
/// `scripts/browser-test.sh` also renders the goldens with Mermaid itself.
@Suite struct MermaidTests {
    static let cases = Repo.referenceModels.flatMap { model in DiagramView.allCases.map { (model, $0) } }

    @Test(arguments: cases)
    func referenceModelView(model: String, view: DiagramView) throws {
        let text = DiagramRenderer.mermaid(for: try Repo.model(model), findings: [], options: DiagramOptions(view: view))
        try expectGolden(text, "\(model)/\(view.rawValue).mmd")
        _ = try MermaidReader(text)
    }

    @Test(arguments: DiagramView.allCases)
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

    /// The overview draws every component and every segment the DOT diagram draws.
    @Test(arguments: Repo.referenceModels)
    func overviewHasTheDOTDiagramsElements(model: String) throws {
        let architecture = try Repo.model(model)
        let chart = try MermaidReader(DiagramRenderer.mermaid(for: architecture, findings: []))
        #expect(Set(chart.nodes.keys).isSuperset(of: architecture.components.map { "n_" + Self.plain($0.id.rawValue) }))
        let dotEdges = DiagramRenderer.graph(for: architecture, findings: []).statements.count { statement in
            if case .edge(let edge) = statement { return edge.attributes["style"] != .string("invis") }
            return false
        }
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
        for view in DiagramView.allCases {
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
