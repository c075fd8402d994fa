import Foundation
import Testing
import TopographModel

@testable import TopographCommands

/// The exit decision, in-process: threshold, acceptance (and its expiry), baseline.
@Suite struct LintDecisionTests {
    @Test(arguments: [
        ([Severity](), Severity.warning, Int32(0)),
        ([.note], .warning, 0), ([.note], .note, 1),
        ([.warning], .warning, 1), ([.warning], .error, 0), ([.warning], .note, 1),
        ([.error], .error, 1), ([.note, .warning], .error, 0), ([.note, .error], .warning, 1),
    ])
    func threshold(_ severities: [Severity], _ threshold: Severity, _ expected: Int32) {
        #expect(Fixtures.report(severities: severities, threshold: threshold).exitCode == expected)
    }

    @Test func acceptedFindingsNeverFail() {
        let report = LintReport(
            results: [(model: "m.yaml", findings: [Fixtures.accepted])], rules: [], threshold: .note, workingDirectory: "/")
        #expect(report.findings.map(\.status) == [.accepted])
        #expect(report.exitCode == 0)
        #expect(report.summary.accepted == 1)
    }

    @Test func expiredAcceptanceFailsAgain() {
        let report = LintReport(
            results: [(model: "m.yaml", findings: [Fixtures.expired])], rules: [], threshold: .warning, workingDirectory: "/")
        #expect(report.findings.map(\.status) == [.active])
        #expect(report.findings[0].expiredAcceptance?.expires == "2024-01-31")
        #expect(report.exitCode == 1)
        #expect(report.summary.expiredAcceptances == 1)
    }

    @Test func baselinedFindingsDoNotFailButNewOnesDo() {
        let baseline = Baseline(fingerprints: [Fixtures.plaintext.fingerprint])
        let known = LintReport(
            results: [(model: "m.yaml", findings: [Fixtures.plaintext])], rules: [], threshold: .warning, baseline: baseline,
            workingDirectory: "/")
        #expect(known.findings.map(\.status) == [.baselined])
        #expect(known.exitCode == 0)
        let new = LintReport(
            results: [(model: "m.yaml", findings: [Fixtures.plaintext, Fixtures.spof])], rules: [], threshold: .warning, baseline: baseline,
            workingDirectory: "/")
        #expect(new.findings.map(\.status) == [.baselined, .active])
        #expect(new.exitCode == 1)
    }

    @Test func acceptanceWinsOverBaseline() {
        let baseline = Baseline(fingerprints: [Fixtures.accepted.fingerprint])
        let report = LintReport(
            results: [(model: "m.yaml", findings: [Fixtures.accepted])], rules: [], threshold: .warning, baseline: baseline,
            workingDirectory: "/")
        #expect(report.findings.map(\.status) == [.accepted])
    }

    @Test func mixedFixtureFailsOnExactlyTheActiveOnesAtOrAboveTheThreshold() {
        let report = Fixtures.report()
        #expect(report.failing.map(\.finding) == [Fixtures.plaintext, Fixtures.expired, Fixtures.spof])
        #expect(report.exitCode == 1)
        #expect(Fixtures.report(threshold: .error).failing.map(\.finding) == [Fixtures.plaintext, Fixtures.expired])
    }

    @Test func findingsWithoutLocationPointAtTheirModel() {
        let report = Fixtures.report()
        let injected = report.findings.first { $0.finding == Fixtures.injected }
        #expect(injected?.file == "models/other team's.yaml")
        #expect(injected?.position == "models/other team's.yaml")
        #expect(report.findings[0].position == "models/shop.yaml:12:5")
        #expect(report.models == ["models/shop.yaml", "models/other team's.yaml"])
    }

    @Test func dates() {
        #expect(ISODate.isValid("2024-02-29"))
        #expect(!ISODate.isValid("2023-02-29"))
        #expect(!ISODate.isValid("2024-13-01"))
        #expect(!ISODate.isValid("2024-1-01"))
        #expect(!ISODate.isValid("tomorrow"))
        #expect(ValidationDate.current(Date(timeIntervalSince1970: 86_400 * 365)) == "1971-01-01")
    }

    /// Every command resolves the date one way: the option, else $TOPOGRAPH_TODAY, else today;
    /// a date that is not on the calendar is an error wherever it comes from.
    @Test func validationDateResolvesOneWay() throws {
        #expect(try ValidationDate.resolve("2026-01-31", environment: ["TOPOGRAPH_TODAY": "2025-05-05"]) == "2026-01-31")
        #expect(try ValidationDate.resolve(nil, environment: ["TOPOGRAPH_TODAY": "2025-05-05"]) == "2025-05-05")
        #expect(try ValidationDate.resolve(nil, environment: [:]) == ValidationDate.current())
        #expect(throws: CLIError.self) { try ValidationDate.resolve("2024-13-45", environment: [:]) }
        #expect(throws: CLIError.self) { try ValidationDate.resolve(nil, environment: ["TOPOGRAPH_TODAY": "soon"]) }
    }
}

/// The baseline file: versioned, sorted, unique; foreign or future files are usage errors.
@Suite struct BaselineTests {
    @Test func recordsActiveAndBaselinedButNotAcceptedFindings() {
        let recorded = Baseline(recording: Fixtures.report())
        #expect(
            recorded.fingerprints
                == [
                    Fixtures.injected.fingerprint, Fixtures.expired.fingerprint, Fixtures.baselined.fingerprint,
                    Fixtures.plaintext.fingerprint, Fixtures.spof.fingerprint,
                ].sorted())
    }

    @Test func encodedFormIsStable() throws {
        let baseline = Baseline(fingerprints: ["b|x", "a|y", "b|x"])
        #expect(
            baseline.encoded() == """
                {
                  "fingerprints" : [
                    "a|y",
                    "b|x"
                  ],
                  "tool" : "topograph",
                  "version" : 1
                }

                """)
    }

    @Test func roundTripsThroughAFile() throws {
        let path = temporaryPath("baseline.json")
        try AtomicFile.write(Fixtures.baseline.encoded(), to: path)
        #expect(try Baseline.read(path) == Fixtures.baseline)
    }

    @Test(arguments: [
        "{\"version\": 2, \"tool\": \"topograph\", \"fingerprints\": []}", "{\"version\": 1}", "[1, 2]", "not json",
    ])
    func rejectsForeignFiles(_ content: String) throws {
        let path = temporaryPath("bad.json")
        try AtomicFile.write(content, to: path)
        #expect(throws: CLIError.self) { try Baseline.read(path) }
    }

    @Test func acceptsAJSONLintReport() throws {
        let path = temporaryPath("report.json")
        try AtomicFile.write(LintFormat.json.render(Fixtures.report()), to: path)
        let baseline = try Baseline.read(path)
        #expect(Set(baseline.fingerprints) == Set(Fixtures.report().findings.map(\.finding.fingerprint)))
    }

    @Test func rejectsMissingFile() {
        #expect(throws: CLIError.self) { try Baseline.read(temporaryPath("missing.json")) }
    }
}

/// A fresh path in a fresh temporary directory.
func temporaryPath(_ name: String) -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(name).path
}
