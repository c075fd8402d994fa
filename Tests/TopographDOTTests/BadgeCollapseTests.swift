import Foundation
import Testing
import TopographDOT
import TopographGraphviz
import TopographModel

@testable import TopographDOT

/// An element with more findings than a row of badges can hold shows the first few and one range
/// cell; with about 1,700 findings on one element the layout used to fail (an 82,187 px row).
@Suite struct BadgeCollapseTests {
    func badges(_ numbers: ClosedRange<Int>, severity: Severity = .warning) -> [Badge] {
        numbers.map { Badge(number: $0, severity: severity, active: true) }
    }

    @Test func aHandfulIsShownOneByOne() {
        #expect(FindingOverlay.collapsed(badges(1...6)).map(\.text) == ["#1", "#2", "#3", "#4", "#5", "#6"])
    }

    @Test func theRestShareOneRangeCell() {
        var many = badges(1...1700)
        many[1699] = Badge(number: 1700, severity: .error, active: true)
        let cells = FindingOverlay.collapsed(many)
        #expect(cells.map(\.text) == ["#1", "#2", "#3", "#4", "#5", "#6-#1700"])
        // The range's tooltip names every finding it stands for.
        #expect(cells.last?.title == "findings " + (6...1700).map(String.init).joined(separator: ", "))
        #expect(cells.last?.color == DiagramStyle.color(.error, active: true))
        #expect(cells.last?.number == 6)
    }

    @Test func anElementWithAboutSeventeenHundredFindingsRenders() throws {
        let architecture = try Repo.model("simple-web-stack")
        let target = try #require(architecture.components.first).id
        let findings = (1...1700).map { number in
            Finding(
                ruleID: "test.many", severity: number % 3 == 0 ? .error : .warning, message: "finding \(number)",
                elements: [target], recommendation: "none")
        }
        let dot = DiagramRenderer.dot(for: architecture, findings: findings)
        #expect(dot.contains(">#6-#1700<"))
        let svg = try Graphviz.render(dot: dot, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("#6&#45;#1700"))
    }
}
