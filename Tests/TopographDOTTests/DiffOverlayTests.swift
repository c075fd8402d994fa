import Foundation
import Testing
import TopographDOT
import TopographGraphviz
import TopographModel
import TopographTestSupport

/// A diff drawn over the overview (`DiagramOptions.diff`): the overview's elements, each once,
/// in the overview's look, with status outlines and the marks' words escaped like every label.
@Suite struct DiffOverlayTests {
    /// Marks on some of production's elements and flows: every status, changed ones with fields.
    static func marks(_ architecture: Architecture, fields: [String]) -> DiffMarks {
        var elements: [ElementID: DiffMarks.Mark] = [:]
        let statuses = DiffMarks.Status.allCases
        for (i, id) in (architecture.hosts.map(\.id) + architecture.components.map(\.id)).enumerated() where i % 3 != 2 {
            let status = statuses[i % statuses.count]
            elements[id] = DiffMarks.Mark(status, fields: status == .changed ? fields : [])
        }
        var flows: [ElementID: DiffMarks.Mark] = [:]
        for (i, flow) in architecture.flows.enumerated() where i % 2 == 0 {
            let status = statuses[i % statuses.count]
            flows[flow.id] = DiffMarks.Mark(status, fields: status == .changed ? fields : [])
        }
        return DiffMarks(elements: elements, flows: flows, headline: "changes from v1: " + fields.joined(), notes: fields)
    }

    @Test func everyElementOnceInTheOverviewsLook() throws {
        let architecture = try Repo.model("production")
        let marks = Self.marks(architecture, fields: ["database.engine: mysql → postgresql"])
        let overview = try Graphviz.parse(
            dot: DiagramRenderer.dot(for: architecture, findings: [], options: DiagramOptions(showFindings: false)),
            attributes: ["shape", "fillcolor", "color"])
        let dot = DiagramRenderer.dot(for: architecture, findings: [], options: DiagramOptions(showFindings: false, diff: marks))
        let drawn = try Graphviz.parse(dot: dot, attributes: ["shape", "fillcolor", "color", "label"])
        // Junction points differ (lines with different marks are not bundled together); elements do not.
        let elements = drawn.nodes.filter { !$0.name.hasPrefix("bundle:") }
        #expect(elements.map(\.name) == overview.nodes.map(\.name).filter { !$0.hasPrefix("bundle:") })
        #expect(drawn.subgraphs.map(\.name) == overview.subgraphs.map(\.name))
        #expect(Set(drawn.nodes.map(\.name)).count == drawn.nodes.count)
        for node in elements {
            let reference = try #require(overview.nodes.first { $0.name == node.name })
            #expect(node.attributes["shape"] == reference.attributes["shape"], "\(node.name)")
            #expect(node.attributes["fillcolor"] == reference.attributes["fillcolor"], "\(node.name)")
        }
        let db1 = try #require(drawn.nodes.first { $0.name == "pg-1" })
        let mark = try #require(marks.elements["pg-1"])
        #expect(db1.attributes["color"] == ["#2E7D32", "#C62828", "#FF8F00"][DiffMarks.Status.allCases.firstIndex(of: mark.status)!])
        #expect(dot.contains("~ database.engine: mysql → postgresql"))
        // A removed element's name is struck through; others are not.
        let removed = try #require(architecture.components.first { marks.elements[$0.id]?.status == .removed })
        let label = try #require(drawn.nodes.first { $0.name == removed.id.rawValue }?.attributes["label"])
        #expect(label.contains("<S><B>\(HTMLText.escape(removed.displayName))</B></S>"))
        #expect(dot.components(separatedBy: "<S>").count - 1 == marks.elements.values.filter { $0.status == .removed }.count)
        _ = try Graphviz.render(dot: dot, format: .svg)
    }

    @Test func unchangedElementsAreNeutral() throws {
        let architecture = try Repo.model("production")
        let none = DiffMarks(elements: [:], flows: [:], headline: "changes from v1: none drawn")
        let parsed = try Graphviz.parse(
            dot: DiagramRenderer.dot(for: architecture, findings: [], options: DiagramOptions(diff: none)), attributes: ["color"])
        // Every outline and line grey: a colour on the drawing is always a status.
        let colors = Set(parsed.nodes.filter { !$0.name.hasPrefix("bundle:") }.compactMap { $0.attributes["color"] })
        #expect(colors == ["#90A4AE"])
        #expect(Set(parsed.edges.compactMap { $0.attributes["color"] }).subtracting([""]) == ["#90A4AE"])
    }

    @Test(arguments: 0..<4)
    func markWordsAreEscapedAndShownAsGiven(batch: UInt64) throws {
        var rng = SeededGenerator(seed: 0xD1FF + batch)
        let architecture = try Repo.model("secured-and-monitored")
        let fields = (0..<3).map { _ in AwkwardText.make(&rng) }
        let dot = DiagramRenderer.dot(
            for: architecture, findings: [], options: DiagramOptions(diff: Self.marks(architecture, fields: fields)))
        let parsed = try Graphviz.parse(dot: dot)
        #expect(Set(parsed.nodes.map(\.name)).isSuperset(of: architecture.components.map { DOTEncoder.identifier($0.id.rawValue) }))
        let labels = (parsed.nodes + parsed.edges).compactMap { $0.attributes["label"] }.map(Unescape.html)
        for field in fields where !HTMLText.escape(field).isEmpty {
            #expect(labels.contains { $0.contains("~ " + HTMLText.displayed(field)) }, "\(field.debugDescription)")
        }
        _ = try Graphviz.render(dot: dot, format: .svg)
    }
}
