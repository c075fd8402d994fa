import Foundation
import Testing

/// One validation date, one verdict: `lint`, `docs` and `render` run the same pipeline on the same
/// `--today` (or `$TOPOGRAPH_TODAY`), so an accepted risk is accepted, or expired, in all three.
///
/// Regression: an expired acceptance failed lint while docs listed it as accepted and render drew a
/// grey "accepted" badge (render took no date; docs' `--date`, the printed date, doubled as one).
@Suite struct ValidationDateAgreementTests {
    /// simple-web-stack with `tls.public-entry-without-tls` on `web` (finding #3) accepted until 2026-06-30.
    static func workspace() throws -> URL {
        let directory = try temporaryDirectory()
        let source = TestPaths.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml")
        let text =
            try String(contentsOf: source, encoding: .utf8)
                + """

                acceptedRisks:
                  - {rule: tls.public-entry-without-tls, element: web, reason: "TLS arrives with the load balancer", expires: "2026-06-30"}

                """
        try text.write(to: directory.appendingPathComponent("model.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    /// What each command says about the finding on one date.
    struct Verdicts: Equatable {
        var lintStatus: String?
        var docsListsItAccepted: Bool
        var docsSaysExpired: Bool
        var badgeColor: String?
    }

    static func verdicts(in directory: URL, arguments: [String], environment: [String: String] = [:]) throws -> Verdicts {
        let lint = try Binary.run(["lint", "model.yaml", "--format", "json"] + arguments, in: directory, environment: environment)
        let finding = try JSONValue.parse(lint.stdout)["findings"]?.array?.first { $0["ruleId"]?.string == "tls.public-entry-without-tls" }
        let docs = try Binary.run(["docs", "model.yaml"] + arguments, in: directory, environment: environment)
        #expect(docs.status == 0, "\(docs.stderr)")
        let dot = try Binary.run(["render", "model.yaml", "-f", "dot"] + arguments, in: directory, environment: environment)
        #expect(dot.status == 0, "\(dot.stderr)")
        return Verdicts(
            lintStatus: finding?["status"]?.string, docsListsItAccepted: docs.stdout.contains("### Accepted (1)"),
            docsSaysExpired: docs.stdout.contains("(until 2026-06-30, **expired**)"), badgeColor: badgeColor(3, in: dot.stdout))
    }

    /// The background colour of badge `#number` in DOT text.
    static func badgeColor(_ number: Int, in dot: String) -> String? {
        let pattern = #"BGCOLOR="(#[0-9A-F]{6})"[^>]*><FONT[^>]*><B>#\#(number)</B>"#
        guard let match = dot.range(of: pattern, options: .regularExpression) else { return nil }
        return dot[match].range(of: "#[0-9A-F]{6}", options: .regularExpression).map { String(dot[$0]) }
    }

    static let expired = Verdicts(lintStatus: "active", docsListsItAccepted: false, docsSaysExpired: true, badgeColor: "#D32F2F")
    static let accepted = Verdicts(lintStatus: "accepted", docsListsItAccepted: true, docsSaysExpired: false, badgeColor: "#9E9E9E")

    @Test func expiredAcceptanceIsExpiredEverywhere() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.verdicts(in: directory, arguments: ["--today", "2026-07-01"]) == Self.expired)
        #expect(try Self.verdicts(in: directory, arguments: [], environment: ["TOPOGRAPH_TODAY": "2026-07-01"]) == Self.expired)
        // The printed date is only printed: it does not revive the acceptance.
        let printed = try Binary.run(
            ["docs", "model.yaml", "--date", "2026-06-01"], in: directory, environment: ["TOPOGRAPH_TODAY": "2026-07-01"])
        #expect(printed.stdout.contains("2026-06-01"))
        #expect(printed.stdout.contains("(until 2026-06-30, **expired**)"))
    }

    @Test func validAcceptanceIsAcceptedEverywhere() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.verdicts(in: directory, arguments: ["--today", "2026-06-30"]) == Self.accepted)
        #expect(try Self.verdicts(in: directory, arguments: [], environment: ["TOPOGRAPH_TODAY": "2026-06-01"]) == Self.accepted)
    }

    @Test func everyValidatingCommandRefusesABadDate() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        for command in [
            ["lint", "model.yaml"], ["docs", "model.yaml"], ["render", "model.yaml", "-f", "dot"], ["diff", "model.yaml", "model.yaml"],
            ["generate"], ["check"],
        ] {
            let run = try Binary.run(command + ["--today", "2026-02-30"], in: directory)
            #expect(run.status == 2, "\(command[0])")
            #expect(run.stderr.contains("--today"), "\(command[0]): \(run.stderr)")
            #expect(run.stdoutData.isEmpty)
        }
    }
}
