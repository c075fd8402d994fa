import Foundation
import Testing
import TopographDOT
import TopographGraphviz
import TopographTestSupport

/// The real diagrams through libgvc: valid, stable, and what the `dot` command draws.
@Suite struct DiagramRenderTests {
    static func dotCommand(_ dot: String, format: String) throws -> Data {
        try TestProcess.dot(dot, format: format)
    }

    @Test(arguments: Repo.referenceModels)
    func stableAndEqualToTheDotCommand(model: String) throws {
        let dot = DiagramRenderer.dot(for: try Repo.model(model), findings: SampleFindings.secured)
        for format in [GraphvizFormat.svg, .png] {
            let first = try Graphviz.render(dot: dot, format: format)
            for _ in 0..<4 {
                let same = try Graphviz.render(dot: dot, format: format) == first
                #expect(same, "\(model) \(format) differs between renders")
            }
            let expected = try Self.dotCommand(dot, format: format.rawValue)
            if format == .png {
                // Topograph compresses PNG its own way: the same pixels, other bytes.
                #expect(try PNGPixels(first) == PNGPixels(expected), "\(model) png pixels differ from dot -Tpng")
            } else {
                let same = first == Graphviz.normalizeSVG(expected)
                #expect(same, "\(model) \(format) differs from dot -T\(format)")
            }
        }
    }

    @Test(arguments: Repo.referenceModels)
    func graphvizHasNothingToWarnAbout(model: String) throws {
        for view in DiagramView.allCases {
            let dot = DiagramRenderer.dot(for: try Repo.model(model), findings: SampleFindings.secured, options: DiagramOptions(view: view))
            let result = try Graphviz.renderWithWarnings(dot: dot, format: .svg)
            #expect(result.warnings.isEmpty, "\(model) \(view): \(result.warnings)")
        }
    }

    /// The id discipline must reproduce `dot`'s object order for any graph, not just ours.
    @Test(arguments: 0..<6)
    func awkwardModelsMatchTheDotCommand(seed: UInt64) throws {
        var rng = SeededGenerator(seed: 0xBEEF + seed)
        let architecture = AwkwardModel.make(&rng)
        for view in DiagramView.allCases {
            let dot = DiagramRenderer.dot(for: architecture, findings: [], options: DiagramOptions(view: view))
            let same = try Graphviz.render(dot: dot, format: .svg) == Graphviz.normalizeSVG(try Self.dotCommand(dot, format: "svg"))
            #expect(same, "seed \(seed), \(view): differs from dot -Tsvg")
        }
    }

    @Test func pngIsAPlausiblePicture() throws {
        let dot = DiagramRenderer.dot(for: try Repo.model("secured-and-monitored"), findings: SampleFindings.secured)
        let png = [UInt8](try Graphviz.render(dot: dot, format: .png))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func int(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect((800...6000).contains(int(16)), "width \(int(16))")
        #expect((400...3000).contains(int(20)), "height \(int(20))")
    }

    @Test func svgIsSelfContained() throws {
        let dot = DiagramRenderer.dot(for: try Repo.model("secured-and-monitored"), findings: SampleFindings.secured)
        let svg = String(decoding: try Graphviz.render(dot: dot, format: .svg), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(!svg.contains("xlink:href=\"/"))
        #expect(!svg.contains("<image"))
        #expect(svg.contains("font-family=\"DejaVu Sans"))
    }
}
