import Foundation
import Testing
import TopographModel
import TopographSynthetic
import TopographTestSupport

@testable import TopographModelFiles

/// A big file composed in two parts (`EventComposer.composeSplit`) against the whole file composed
/// at once: for every cut the line scan proposes, the split composition either refuses the cut or
/// builds the very tree, positions included; it never composes a file the whole composition rejects.
@Suite struct SplitCompositionTests {
    /// Files whose lines can fool a line scan: each proposed cut must be refused or harmless.
    static let tricky = [
        // A quoted scalar running over a line that looks like an item.
        "name: q\nhosts:\n  - id: \"a\n  - b\"\n  - id: c\n",
        // A flow mapping over several lines.
        "name: f\nhosts:\n  - {id: a,\n  - b: 1}\n  - {id: c}\n",
        // The same anchor twice: an alias after the list means the second one.
        "name: a\nhosts:\n  - &x {id: a}\n  - &x {id: b}\nzones: [*x]\n",
        // An alias in the second part to an anchor in the first.
        "name: a\nhosts:\n  - &x {id: a}\n  - *x\n",
        // A kept block scalar ending the first part, blank lines and comments between items.
        "name: k\nhosts:\n  - id: a\n    description: |+\n      text\n\n  # between\n  - id: b\n\n  - id: c\n",
        // A list-like text inside a top-level quoted scalar.
        "description: \"x\nhosts:\n  - a\n  - b\n  \"\nname: n\n",
        // Items at column 0 (as Yams writes them), and a nested list at the item column.
        "name: z\nhosts:\n- id: a\n- id: b\n  tags:\n  - x\n- id: c\nflows: []\n",
        // A line less indented than the items, and one at their column that is no item.
        "name: i\nhosts:\n    - id: a\n  - id: b\n    - id: c\n",
        "name: i\nhosts:\n  - id: a\n  x: 1\n  - id: c\n",
        // A duplicate key in the second part, and a tab.
        "name: d\nhosts:\n  - id: a\n  - {id: b, id: c}\n",
        "name: t\nhosts:\n  - id: a\n\t- id: b\n  - id: c\n",
        // A second document after the list.
        "name: s\nhosts:\n  - id: a\n  - id: b\n---\nname: t\n",
        // Explicit tags on items.
        "name: g\nhosts:\n  - !!map {id: a}\n  - !foo {id: b}\n  - !!str c\n",
    ]

    static func corpus() throws -> [String] {
        var texts = try ComposerDifferentialTests.referenceTexts().map(\.text) + tricky
        texts.append(SyntheticModels.securedAndMonitoredYAML(servers: 4))
        for seed in UInt64(1)...30 {
            var generator = ModelGenerator(random: SeededGenerator(seed: seed))
            texts.append(try ModelDump.yaml(generator.architecture(), locations: seed % 2 == 0))
        }
        return texts
    }

    static func cuts(_ text: String) -> [ListSplit] {
        var text = text
        return text.withUTF8 { ListSplit.candidates(in: $0, sections: ArchitectureDecoder.listSections) }
    }

    /// Composes `text` with `cut` and checks it against the whole composition; true when the cut was used.
    static func check(_ text: String, _ cut: ListSplit) -> Bool {
        let whole = Result { () throws(YAMLSyntaxError) in try EventComposer.compose(text) }
        switch EventComposer.composeSplit(text, pipeline: nil, cut: { _ in cut }) {
        case .composed(let root):
            guard case .success(let expected) = whole else {
                Issue.record("composed in two parts a file the whole composition rejects:\n\(text)")
                return true
            }
            #expect(YamsReference.outline(root) == YamsReference.outline(expected), "cut at \(cut.split):\n\(text)")
            return true
        case .failed:
            return false
        case .declined:
            Issue.record("a forced cut was declined")
            return false
        }
    }

    @Test func everyProposedCutComposesTheWholeFileTree() throws {
        var used = 0
        var refused = 0
        for text in try Self.corpus() {
            for cut in Self.cuts(text) {
                if Self.check(text, cut) { used += 1 } else { refused += 1 }
            }
        }
        // Most cuts of well-formed models are used: the test would pass vacuously otherwise.
        #expect(used > 300, "\(used) cuts used, \(refused) refused")
    }

    @Test func cutsThatWouldChangeTheTreeAreRefused() {
        let refusedFirst = [0, 2, 3]  // the spanning quote, the anchor twice, the alias across
        for index in refusedFirst {
            let text = Self.tricky[index]
            let cut = Self.cuts(text).first!
            #expect(!Self.check(text, cut), "\(text)")
        }
    }

    @Test func mutatedModelsNeverComposeDifferently() throws {
        let sources = try ComposerDifferentialTests.referenceTexts().map(\.text).filter { !$0.hasPrefix("{") }
        var random = SeededGenerator(seed: 21)
        for index in 0..<300 {
            let text = BadInputs.mutate(sources[index % sources.count], using: &random)
            for cut in Self.cuts(text).prefix(4) { _ = Self.check(text, cut) }
        }
    }

    @Test func theScanRefusesFilesWhoseLinesItCannotCount() {
        let lines = "name: x\nhosts:\n  - id: a\n  - id: b\n"
        #expect(Self.cuts(lines).map(\.split) == [lines.utf8.count - "  - id: b\n".utf8.count])
        #expect(Self.cuts(lines.replacingOccurrences(of: "\n", with: "\r\n")).isEmpty)
        #expect(Self.cuts("%YAML 1.1\n---\n" + lines).isEmpty)
        #expect(Self.cuts(lines + "description: \u{2028}\n").isEmpty)
        #expect(Self.cuts(lines + "description: a\u{85}b\n").isEmpty)
        #expect(Self.cuts("name: x\nhosts: &h\n  - a\n  - b\n").isEmpty)
    }

    /// A big model goes through the split on its own, loads to the model the whole composition
    /// gives, and a mistake after the cut is reported at its own line and column.
    @Test func aBigModelLoadsThroughTheSplitWithPositionsIntact() throws {
        let text = SyntheticModels.securedAndMonitoredYAML(servers: 900)
        guard case .composed = EventComposer.composeSplit(text, pipeline: nil) else {
            Issue.record("a 900-server model was not split")
            return
        }
        var whole = try EventComposer.compose(text)
        let expected = try YAMLModelLoader.load(root: &whole, file: "big.yaml", size: text.utf8.count)
        #expect(try YAMLModelLoader.load(text: text, file: "big.yaml") == expected)

        let broken = text.replacingOccurrences(of: "id: app-899\n    kind: appServer", with: "id: app-899\n    kind: appServr")
        let offset = try #require(broken.range(of: "kind: appServr")).lowerBound
        let line = broken[..<offset].filter { $0 == "\n" }.count + 1
        let lineStart = broken[..<offset].lastIndex(of: "\n").map { broken.index(after: $0) } ?? broken.startIndex
        let column = broken.distance(from: lineStart, to: offset) + 1
        #expect(throws: ModelError.self) { try YAMLModelLoader.load(text: broken, file: "big.yaml") }
        do {
            _ = try YAMLModelLoader.load(text: broken, file: "big.yaml")
        } catch let error as ModelError {
            let places = error.diagnostics.compactMap(\.location).map { "\($0.line):\($0.column)" }
            #expect(places.contains("\(line):\(column + "kind: ".count)"), "\(error.diagnostics)")
        }
    }

    /// A refused cut falls back to one composition of the whole file with a fresh decoder: what
    /// the first part's items already reported is not reported twice, and a syntax error after the
    /// cut reads as the one-pass composition words and places it.
    @Test func aRefusedCutLeavesNoTraceInTheDiagnostics() throws {
        let text = SyntheticModels.securedAndMonitoredYAML(servers: 900)
        // An unknown key early in the file, and an anchor after the cut (which the cut refuses).
        let early = text.replacingOccurrences(of: "id: app-1\n", with: "id: app-1\n    colour: red\n")
        let anchored = early.replacingOccurrences(of: "id: app-899\n", with: "id: &last app-899\n")
        guard case .failed = EventComposer.composeSplit(anchored, pipeline: nil) else {
            Issue.record("the anchor after the cut did not refuse it")
            return
        }
        let error = try #require(throws: ModelError.self) { try YAMLModelLoader.load(text: anchored, file: "big.yaml") }
        #expect(error.diagnostics.map(\.message).filter { $0.contains("'colour'") }.count == 1, "\(error.diagnostics)")

        let unclosed = text.replacingOccurrences(of: "id: app-899\n", with: "id: \"app-899\n")
        guard case .failed = EventComposer.composeSplit(unclosed, pipeline: nil) else {
            Issue.record("an unclosed quote after the cut did not fail the split")
            return
        }
        let expected = try #require(throws: YAMLSyntaxError.self) { try EventComposer.compose(unclosed) }
        let reported = try #require(throws: ModelError.self) { try YAMLModelLoader.load(text: unclosed, file: "big.yaml") }
        #expect(reported.diagnostics == [YAMLErrorMapping.diagnostic(for: expected, file: "big.yaml", text: unclosed)])
    }
}
