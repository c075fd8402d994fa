import Foundation
import Testing
import TopographModel
import TopographModelFiles
import TopographTestSupport

/// Paths, models and helpers shared by the DOT tests.
enum Repo {
    /// The repository root, found from this file so tests run from any working directory.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let referenceModels = ["secured-and-monitored", "simple-web-stack", "distributed", "scale-up", "production"]

    static func model(_ name: String) throws -> Architecture { try ModelLoader.load(path("models/\(name).yaml")) }
}

/// Findings with fixed content, so overlay goldens do not change when the rule catalogue does.
/// Shapes follow real rules: a hop, a set of components, a host, an accepted risk.
enum SampleFindings {
    static let secured: [Finding] = [
        Finding(
            ruleID: "tls.plaintext-after-termination", severity: .error,
            message: "lb forwards decrypted traffic to web-1, web-2 and web-3 over http",
            elements: ["lb", "lb->web-1", "lb->web-2", "lb->web-3"], recommendation: "re-encrypt"),
        Finding(
            ruleID: "data.single-write-node", severity: .warning, message: "db-1 is the only node accepting writes",
            elements: ["db-1"], recommendation: "add failover"),
        Finding(
            ruleID: "availability.single-load-balancer", severity: .warning, message: "lb is a single point of failure",
            elements: ["lb"], recommendation: "add a second load balancer"),
        Finding(
            ruleID: "monitoring.saas-egress", severity: .note, message: "agents ship to a SaaS platform",
            elements: ["server-1"], recommendation: "review what leaves",
            acceptance: Acceptance(risk: AcceptedRisk(rule: "monitoring.saas-egress", reason: "contract"), isExpired: false)),
    ]
}

/// Compares `actual` with the golden file `Golden/<name>`, or records it when `TOPOGRAPH_RECORD=1`.
func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    try GoldenFile.expect(
        actual, at: Repo.root.appendingPathComponent("Tests/TopographDOTTests/Golden/\(name)"), sourceLocation: sourceLocation)
}

/// Strings made mostly of the characters that break DOT, HTML and XML when not escaped.
enum AwkwardText {
    static let alphabet: [String] = [
        "\"", "\\", "\n", "\r", "\t", "<", ">", "&", "{", "}", "|", "[", "]", ";", ",", "=", ":", "%", "'", "#",
        "-", ">", "--", "->", "<B>", "&amp;", "&#39;", "\\N", "\\n", "\\\"", "]]>", "<!--", " ", "  ", "a", "Z", "0",
        "é", "ß", "日本", "]", "]]", "[]", "🔒", "\u{1}", "\u{7F}", "\u{FFFE}", "subgraph", "node", "digraph",
    ]

    static func make(_ rng: inout SeededGenerator, maxParts: Int = 8) -> String {
        (0..<Int.random(in: 0...maxParts, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
    }
}
