import Foundation
import Testing
import TopographValidation

/// `topograph lint` and `topograph rules` through the built binary: exit codes, files, formats.
@Suite struct LintCommandEndToEndTests {
    static let reference = "models/simple-web-stack.yaml"
    static let root = TestPaths.repositoryRoot

    @Test(arguments: [
        ["lint"], ["lint", "--today", "2024-13-01", "m.yaml"], ["lint", "--format", "xml", "m.yaml"],
        ["lint", "--severity-threshold", "fatal", "m.yaml"], ["lint", "missing.yaml"],
        ["rules", "--format", "html"],
    ])
    func usageAndModelErrorsExit2(_ arguments: [String]) throws {
        let result = try Binary.run(arguments, in: try temporaryDirectory())
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    @Test func missingModelIsNamed() throws {
        let result = try Binary.run(["lint", "nowhere.yaml"], in: try temporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.contains("nowhere.yaml"))
    }

    @Test func missingBaselineIsAUsageError() throws {
        let result = try Binary.run(["lint", "--baseline", "none.json", "m.yaml"], in: try temporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read baseline none.json"))
    }

    @Test func rulesPrintsTheCatalogue() throws {
        let result = try Binary.run(["rules", "--format", "json"], in: try temporaryDirectory())
        #expect(result.status == 0)
        let json = try JSONValue.parse(result.stdout)
        #expect(json["version"]?.number == 1)
        #expect(json["rules"]?.array?.count == Validator.catalogue.count)
    }

    /// The exit code agrees with the JSON verdict, and a model with known problems fails.
    @Test
    func exitCodeMatchesTheVerdict() throws {
        let result = try Binary.run(["lint", Self.reference, "--format", "json", "--today", "2026-01-01"], in: Self.root)
        let json = try JSONValue.parse(result.stdout)
        let failing = try #require(json["summary"]?["failing"]?.number)
        #expect(result.status == (failing > 0 ? 1 : 0))
        #expect(json["models"] == .array([.string(Self.reference)]))
        for finding in json["findings"]?.array ?? [] {
            #expect(finding["location"]?["file"]?.string == Self.reference)
        }
        if !Validator.catalogue.isEmpty { #expect(result.status == 1) }
    }

    @Test
    func thresholdError() throws {
        let result = try Binary.run(["lint", Self.reference, "--format", "json", "--severity-threshold", "error"], in: Self.root)
        let findings = try JSONValue.parse(result.stdout)["findings"]?.array ?? []
        let errors = findings.filter { $0["severity"]?.string == "error" && $0["status"]?.string == "active" }
        #expect(result.status == (errors.isEmpty ? 0 : 1))
    }
}
