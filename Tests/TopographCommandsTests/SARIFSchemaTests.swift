import Foundation
import Testing

@testable import TopographCommands

/// SARIF output checked against the official SARIF 2.1.0 schema with the compact validator, and the
/// validator itself checked to reject what the schema forbids (so a pass means something).
@Suite struct SARIFSchemaTests {
    static func validator() throws -> JSONSchemaValidator {
        JSONSchemaValidator(root: try JSONValue.parse(String(contentsOf: TestPaths.sarifSchema, encoding: .utf8)))
    }

    @Test func mixedReportIsValid() throws {
        let sarif = try JSONValue.parse(LintFormat.sarif.render(Fixtures.report()))
        #expect(try Self.validator().errors(in: sarif) == [])
    }

    @Test func emptyAndBaselineFreeReportsAreValid() throws {
        let empty = LintReport(results: [(model: "m.yaml", findings: [])], rules: [], threshold: .warning, workingDirectory: "/")
        #expect(try Self.validator().errors(in: JSONValue.parse(LintFormat.sarif.render(empty))) == [])
        let noBaseline = Fixtures.report(baseline: nil)
        #expect(try Self.validator().errors(in: JSONValue.parse(LintFormat.sarif.render(noBaseline))) == [])
    }

    @Test func validatorRejectsSchemaViolations() throws {
        let validator = try Self.validator()
        let good = LintFormat.sarif.render(Fixtures.report())
        let broken = [
            good.replacingOccurrences(of: "\"version\" : \"2.1.0\"", with: "\"version\" : \"2.0\""),
            good.replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"severe\""),
            good.replacingOccurrences(of: "\"startLine\" : 12", with: "\"startLine\" : 0"),
            good.replacingOccurrences(of: "\"ruleIndex\" : 6", with: "\"ruleIndex\" : 6, \"bogus\" : 1"),
            good.replacingOccurrences(of: "\"kind\" : \"external\"", with: "\"kind\" : \"internal\""),
            good.replacingOccurrences(of: "\"name\" : \"topograph\",", with: ""),
        ]
        for text in broken {
            #expect(text != good)
            #expect(!validator.errors(in: try JSONValue.parse(text)).isEmpty)
        }
    }

    @Test func resultsPointAtTheModelAndCarryRuleMetadata() throws {
        let sarif = try JSONValue.parse(LintFormat.sarif.render(Fixtures.report()))
        let run = try #require(sarif["runs"]?[0])
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.array)
        #expect(rules.compactMap { $0["id"]?.string } == (Fixtures.rules.map(\.id) + ["data.async-replication"]).sorted())
        let results = try #require(run["results"]?.array)
        #expect(results.count == 6)
        for result in results {
            let index = try #require(result["ruleIndex"]?.number).toInt
            #expect(rules[index]["id"] == result["ruleId"])
        }
        let first = results[0]
        let physical = first["locations"]?[0]?["physicalLocation"]
        #expect(physical?["artifactLocation"]?["uri"]?.string == "models/shop.yaml")
        #expect(physical?["artifactLocation"]?["uriBaseId"]?.string == "%SRCROOT%")
        #expect(physical?["region"]?["startLine"]?.number == 12)
        #expect(first["partialFingerprints"]?["topographFingerprint/v1"]?.string == Fixtures.plaintext.fingerprint)
        let accepted = try #require(results.first { $0["ruleId"]?.string == "monitoring.host-without-agent" })
        #expect(accepted["suppressions"]?[0]?["justification"]?.string == Fixtures.accepted.acceptance?.risk.reason)
        let tlsRule = try #require(rules.first { $0["id"]?.string == "tls.plaintext-after-termination" })
        #expect(tlsRule["properties"]?["tags"] == .array([.string("external/cwe/cwe-319"), .string("tls")]))
        #expect(tlsRule["defaultConfiguration"]?["level"]?.string == "error")
        #expect(tlsRule["name"]?.string == "TlsPlaintextAfterTermination")
    }

    @Test func pathsBecomeURIs() {
        #expect(ReportPaths.uri("models/other team's.yaml") == "models/other%20team's.yaml")
        #expect(ReportPaths.uri("/tmp/a b/m.yaml") == "file:///tmp/a%20b/m.yaml")
        #expect(ReportPaths.uri("models/100%.yaml") == "models/100%25.yaml")
        #expect(ReportPaths.relative("/work/project/models/a.yaml", to: "/work/project") == "models/a.yaml")
        #expect(ReportPaths.relative("/work/projectx/a.yaml", to: "/work/project") == "/work/projectx/a.yaml")
        #expect(ReportPaths.relative("./a.yaml", to: "/") == "a.yaml")
    }

    /// Cross-check with the reference implementation when python3's jsonschema is installed.
    @Test(.enabled(if: PythonJSONSchema.isAvailable, "python3 -m jsonschema not installed: skipped"))
    func pythonJSONSchemaAgrees() throws {
        let schema = TestPaths.sarifSchema
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let instance = directory.appendingPathComponent("report.sarif")
        try LintFormat.sarif.render(Fixtures.report()).write(to: instance, atomically: true, encoding: .utf8)
        let status = PythonJSONSchema.validate(instance: instance.path, schema: schema.path)
        #expect(status == 0)
    }
}

extension Double {
    var toInt: Int { Int(self) }
}

/// `python3 -c 'jsonschema.validate(...)'`, when the module exists.
enum PythonJSONSchema {
    static let isAvailable: Bool = run(["-c", "import jsonschema"]) == 0

    static func validate(instance: String, schema: String) -> Int32 {
        run([
            "-c",
            """
            import json, sys, jsonschema
            jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))
            """, instance, schema,
        ])
    }

    static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
