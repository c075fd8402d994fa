import Foundation
import Testing
import TopographDOT
import TopographModel

/// The reviewed DOT of every reference model and view: the committed truth for the diagrams.
@Suite struct DiagramGoldenTests {
    static let cases = Repo.referenceModels.flatMap { model in DiagramView.standard.map { (model, $0) } }

    @Test(arguments: cases)
    func referenceModelView(model: String, view: DiagramView) throws {
        let dot = DiagramRenderer.dot(for: try Repo.model(model), findings: [], options: DiagramOptions(view: view))
        try expectGolden(dot, "\(model)/\(view.rawValue).dot")
    }

    @Test(arguments: DiagramView.standard)
    func findingsOverlay(view: DiagramView) throws {
        let dot = DiagramRenderer.dot(
            for: try Repo.model("secured-and-monitored"), findings: SampleFindings.secured, options: DiagramOptions(view: view))
        try expectGolden(dot, "secured-and-monitored/\(view.rawValue)-findings.dot")
    }

    @Test func leftToRightWithTitleAndNoLegend() throws {
        let options = DiagramOptions(rankdir: .leftToRight, title: "Review <draft> & notes", showLegend: false)
        let dot = DiagramRenderer.dot(for: try Repo.model("distributed"), findings: [], options: options)
        try expectGolden(dot, "distributed/overview-lr-titled.dot")
    }

    @Test func sameInputSameBytes() throws {
        let model = try Repo.model("secured-and-monitored")
        let first = DiagramRenderer.dot(for: model, findings: SampleFindings.secured)
        for _ in 0..<5 { #expect(DiagramRenderer.dot(for: model, findings: SampleFindings.secured) == first) }
    }
}
