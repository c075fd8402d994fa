import Foundation
import Testing
import TopographValidation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Workflows through the built binary on a copy of a reference model: accepting risks (and their
/// expiry), adopting a baseline, writing reports to files, linting several models at once.
@Suite struct LintWorkflowEndToEndTests {
    static let source = LintCommandEndToEndTests.root.appendingPathComponent(LintCommandEndToEndTests.reference)

    /// A temporary directory holding `model.yaml`, a copy of the reference model, plus `extra` YAML.
    static func workspace(appending extra: String = "") throws -> URL {
        let directory = try temporaryDirectory()
        let text = try String(contentsOf: source, encoding: .utf8) + extra
        try text.write(to: directory.appendingPathComponent("model.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    static func findings(_ result: Binary.Result) throws -> [JSONValue] {
        try JSONValue.parse(result.stdout)["findings"]?.array ?? []
    }

    /// `acceptedRisks:` covering every finding of the model, by rule id and first element.
    static func acceptingEverything(expires: String) throws -> String {
        let directory = try workspace()
        let result = try Binary.run(["lint", "model.yaml", "--format", "json"], in: directory)
        let entries = try findings(result).map { finding -> String in
            let rule = finding["ruleId"]?.string ?? ""
            let element = finding["elements"]?[0]?.string.map { ", element: \"\($0)\"" } ?? ""
            return "  - {rule: \"\(rule)\"\(element), reason: \"known: \\\"legacy\\\" <setup>\", expires: \"\(expires)\"}\n"
        }
        return entries.isEmpty ? "" : "\nacceptedRisks:\n" + entries.joined()
    }

    @Test
    func acceptedRisksPassUntilTheyExpire() throws {
        let directory = try Self.workspace(appending: try Self.acceptingEverything(expires: "2030-12-31"))
        let valid = try Binary.run(["lint", "model.yaml", "--format", "json", "--today", "2030-12-31"], in: directory)
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(try Self.findings(valid).allSatisfy { $0["status"]?.string == "accepted" })
        let expired = try Binary.run(["lint", "model.yaml", "--format", "json", "--today", "2031-01-01"], in: directory)
        let failing = try Self.findings(expired).filter { $0["failing"]?.bool == true }
        #expect(expired.status == (failing.isEmpty ? 0 : 1))
        if !Validator.catalogue.isEmpty { #expect(expired.status == 1) }
    }

    @Test
    func baselineAdoptsExistingFindings() throws {
        let directory = try Self.workspace()
        let written = try Binary.run(["lint", "model.yaml", "--write-baseline", "baseline.json", "--format", "json"], in: directory)
        #expect(written.status == 0, "\(written.stderr)")
        let baseline = try JSONValue.parse(String(contentsOf: directory.appendingPathComponent("baseline.json"), encoding: .utf8))
        #expect(baseline["version"]?.number == 1)
        let fingerprints = baseline["fingerprints"]?.array?.compactMap(\.string) ?? []
        #expect(fingerprints == fingerprints.sorted())
        let used = try Binary.run(["lint", "model.yaml", "--baseline", "baseline.json", "--format", "json"], in: directory)
        #expect(used.status == 0)
        #expect(try Self.findings(used).allSatisfy { $0["status"]?.string != "active" })
        let empty = #"{"version": 1, "tool": "topograph", "fingerprints": []}"#
        try empty.write(to: directory.appendingPathComponent("empty.json"), atomically: true, encoding: .utf8)
        let fresh = try Binary.run(["lint", "model.yaml", "--baseline", "empty.json"], in: directory)
        let plain = try Binary.run(["lint", "model.yaml"], in: directory)
        #expect(fresh.status == plain.status)
    }

    @Test
    func reportsGoToFilesAndStayValid() throws {
        let directory = try Self.workspace()
        let sarif = try Binary.run(["lint", "model.yaml", "--format", "sarif", "--output", "out/report.sarif"], in: directory)
        #expect(sarif.stdout.contains("1 model:"))
        let text = try String(contentsOf: directory.appendingPathComponent("out/report.sarif"), encoding: .utf8)
        #expect(try SARIFSchemaTests.validator().errors(in: JSONValue.parse(text)) == [])
        let junit = try Binary.run(["lint", "model.yaml", "--format", "junit", "--output", "report.xml"], in: directory)
        #expect(junit.status == sarif.status)
        let xml = try XMLDocument(contentsOf: directory.appendingPathComponent("report.xml"), options: [])
        #expect(xml.rootElement()?.name == "testsuites")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test
    func severalModelsAreReportedTogether() throws {
        let directory = try Self.workspace()
        try FileManager.default.copyItem(
            at: directory.appendingPathComponent("model.yaml"), to: directory.appendingPathComponent("second.yaml"))
        let one = try Binary.run(["lint", "model.yaml", "--format", "json"], in: directory)
        let both = try Binary.run(["lint", "model.yaml", "second.yaml", "--format", "json"], in: directory)
        let json = try JSONValue.parse(both.stdout)
        #expect(json["models"] == .array([.string("model.yaml"), .string("second.yaml")]))
        let files = try Self.findings(both).compactMap { $0["location"]?["file"]?.string }
        #expect(files.count == 2 * (try Self.findings(one).count))
        #expect(files.filter { $0 == "second.yaml" }.count == files.count / 2)
    }

    @Test
    func brokenModelExits2WithItsLocation() throws {
        let directory = try Self.workspace(appending: "\nbogusKey: 1\n")
        let result = try Binary.run(["lint", "model.yaml"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("model.yaml:"))
    }

    @Test
    func colourOnlyWhenAskedOrOnATerminal() throws {
        let directory = try Self.workspace()
        let plain = try Binary.run(["lint", "model.yaml"], in: directory)
        #expect(!plain.stdout.contains("\u{1B}["))
        let forced = try Binary.run(["lint", "model.yaml", "--color", "always"], in: directory, environment: ["NO_COLOR": "1"])
        #expect(forced.stdout.contains("\u{1B}["))
        #expect(forced.status == plain.status)
    }
}
