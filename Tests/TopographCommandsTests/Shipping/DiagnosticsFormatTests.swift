import Foundation
import Testing
import TopographModel

@testable import TopographCommands

/// Every command reports a broken model the same way: `path:line:column: error: message`, the path
/// relative to the working directory, the severity said once.
@Suite struct DiagnosticsFormatTests {
    static let broken = "name: x\nzones: [{id: a, kind: bogus}]\n"
    static let line = "models/shop.yaml:2:23: error: 'bogus' is not a valid zone kind; valid values: internet, external, dmz, private"

    /// A project whose one model does not load.
    func project() throws -> URL {
        let root = try temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("models"), withIntermediateDirectories: true)
        try Data(Self.broken.utf8).write(to: root.appendingPathComponent("models/shop.yaml"))
        try Data("models: [models/shop.yaml]\n".utf8).write(to: root.appendingPathComponent("topograph.yml"))
        return root
    }

    @Test(arguments: [
        ["lint", "models/shop.yaml"], ["render", "models/shop.yaml"], ["docs", "models/shop.yaml"],
        ["dump", "models/shop.yaml"], ["diff", "models/shop.yaml", "models/shop.yaml"], ["generate"], ["check"],
    ])
    func everyCommandPrintsTheSameLine(_ arguments: [String]) throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Binary.run(arguments, in: root, environment: ["CI": "true"])
        #expect(result.status == 2)
        #expect(result.stderr == Self.line + "\n", "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func prefixIsAddedOnceAndNeverTwice() {
        #expect(Diagnostics.prefixed("no such file") == "error: no such file")
        #expect(Diagnostics.prefixed("error: already") == "error: already")
        #expect(Diagnostics.prefixed("a/b.yaml:3:4: error: located") == "a/b.yaml:3:4: error: located")
        #expect(Diagnostics.prefixed("a.swift:3: warning: from swiftc") == "a.swift:3: warning: from swiftc")
        #expect(Diagnostics.prefixed("models/x.yaml: no such model file") == "error: models/x.yaml: no such model file")
    }

    @Test func locatedPathsAreShownRelativeToTheWorkingDirectory() {
        let diagnostic = ModelDiagnostic("bad", at: SourceLocation(file: "/p/models/a.yaml", line: 2, column: 5))
        #expect(Diagnostics.format(diagnostic, directory: "/p") == "models/a.yaml:2:5: error: bad")
        #expect(Diagnostics.format(diagnostic, directory: "/elsewhere") == "/p/models/a.yaml:2:5: error: bad")
        let failures = ReportedFailures(["a.yaml:1:1: error: one", "error: b: two"])
        #expect(Diagnostics.lines(for: failures) == "a.yaml:1:1: error: one\nerror: b: two")
    }

    @Test func usageErrorsUseTheLowerCasePrefix() throws {
        let result = try Binary.run(["lint", "--frmat", "json", "m.yaml"], in: try temporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: Unknown option '--frmat'. Did you mean '--format'?"), "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"))
    }
}
