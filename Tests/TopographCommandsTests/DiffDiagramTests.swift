import Foundation
import Testing
import TopographDOT
import TopographModel
import TopographModelFiles

@testable import TopographCommands

/// The diff diagram's model side: both versions in one design, and the marks read from the diff.
@Suite struct DiffDiagramTests {
    static func reference(_ name: String) throws -> Architecture {
        try ModelLoader.load(TestPaths.repositoryRoot.appendingPathComponent("models/\(name).yaml").path)
    }

    static func diff(_ old: Architecture, _ new: Architecture) -> ArchitectureDiff {
        ArchitectureDiff.compute(old: old, new: new, oldFindings: [], newFindings: [])
    }

    @Test func referenceModelsMatchTheGoldenDOT() throws {
        let old = try Self.reference("distributed")
        let new = try Self.reference("secured-and-monitored")
        let dot = DiffDiagram.dot(Self.diff(old, new), old: old, new: new)
        try expectGolden(dot, "diff-reference.dot")
        // Byte-identical on a second run: nothing depends on dictionary order.
        #expect(DiffDiagram.dot(Self.diff(old, new), old: old, new: new) == dot)
    }

    @Test func theDiagramNamesTheFieldsTheTextReportNames() throws {
        let old = try Self.reference("distributed")
        let new = try Self.reference("secured-and-monitored")
        let diff = Self.diff(old, new)
        let marks = DiffDiagram.marks(diff)
        let text = DiffText.render(diff, verdict: LintVerdict(threshold: .warning))
        var checked = 0
        for change in diff.changes where change.status == .changed {
            let mark = change.category == .flow ? marks.flows[ElementID(change.id)] : marks.elements[ElementID(change.id)]
            guard change.category != .design, change.category != .certificate, change.category != .acceptedRisk else { continue }
            let fields = try #require(mark).fields.map { String($0.prefix { $0 != ":" }) }
            #expect(fields == change.fields.map(\.field), "\(change.id)")
            for field in change.fields { #expect(text.contains("      \(field.field): "), "\(field.field) in the text report") }
            checked += 1
        }
        #expect(checked > 5)
    }

    @Test func unionHoldsEachElementOnceNewVersionFirst() {
        var old = ArchitectureDiffTests.old
        // An id reused for another kind of element in the new version: drawn once, as the new one.
        old.components.append(Component(id: "saas", spec: .generic(GenericSpec()), zone: "private"))
        let new = ArchitectureDiffTests.new
        let union = DiffDiagram.union(old: old, new: new)
        #expect(union.zones.map(\.id) == ["internet", "dmz", "private", "saas"])
        #expect(union.hosts.map(\.id) == ["server-1", "server-2"])
        #expect(union.components.map(\.id) == ["user", "edge-firewall", "lb", "web-1", "sumo", "web-2"])
        #expect(union.flows.map(\.id.rawValue) == ["user->lb", "lb->web-1", "lb->web-2"])
        let all = union.zones.map(\.id) + union.hosts.map(\.id) + union.components.map(\.id)
        #expect(Set(all).count == all.count)
    }

    @Test func marksCarryStatusAndShortFieldWords() {
        let marks = DiffDiagram.marks(ArchitectureDiffTests().diff)
        #expect(marks.elements["edge-firewall"] == DiffMarks.Mark(.added))
        #expect(marks.elements["web-2"] == DiffMarks.Mark(.removed))
        #expect(marks.elements["server-2"] == DiffMarks.Mark(.removed))
        #expect(
            marks.elements["lb"]?.fields == [
                "tls.mode: (none) → terminate", "tls.certificate: (none) → www-cert", "tls.minVersion: (none) → 1.2",
                "ports: [80] → [443]", "loadBalancer.backends: − web-2",
            ])
        #expect(marks.flows["user->lb"]?.fields == ["protocol: http → https", "port: 80 → 443", "encrypted: false → true"])
        #expect(marks.flows["lb->web-2"] == DiffMarks.Mark(.removed))
        #expect(marks.headline == "changes from two-servers: 3 added, 3 removed, 2 changed")
        #expect(
            marks.notes == [
                "~ name: two-servers → secured", "not drawn: certificates 1 added (see the text or Markdown diff)",
                "findings: 2 introduced, 1 resolved (see the text or Markdown diff)",
            ])
    }

    @Test func identicalVersionsDrawEverythingUnchanged() throws {
        let model = try Self.reference("production")
        let marks = DiffDiagram.marks(Self.diff(model, model))
        #expect(marks.elements.isEmpty && marks.flows.isEmpty && marks.notes.isEmpty)
        #expect(marks.headline == "changes from production: none drawn")
        let dot = DiffDiagram.dot(Self.diff(model, model), old: model, new: model)
        #expect(!dot.contains("#2E7D32\"") && !dot.contains("#C62828\"") && !dot.contains("#FF8F00\""))
    }

    @Test func listChangesNameTheItemsAddedAndRemoved() {
        typealias Change = ArchitectureDiff.FieldChange
        #expect(Change(field: "b", old: "[a, b]", new: "[a, b, c]").shortText(arrow: "→") == "b: + c")
        #expect(Change(field: "b", old: "[a, b]", new: "[b, c]").shortText(arrow: "→") == "b: − a + c")
        #expect(Change(field: "p", old: "[80]", new: "[443]").shortText(arrow: "→") == "p: [80] → [443]")
        #expect(Change(field: "o", old: "[a, b]", new: "[b, a]").shortText(arrow: "→") == "o: [a, b] → [b, a]")
        #expect(Change(field: "v", old: nil, new: "1.2").shortText() == "v: (none) -> 1.2")
        #expect(Change(field: "d", old: "abcdefgh", new: "x").text(arrow: "→", limit: 5) == "d: abcd… → x")
    }
}
