import Foundation
import TopographModel

/// Findings a team already knows about, by fingerprint, so the linter fails only on new ones.
///
/// Stored as versioned JSON with sorted, unique fingerprints, so the file diffs cleanly in review.
public struct Baseline: Hashable, Sendable, Codable {
    /// Version of the file format; bumped on incompatible changes.
    public static let currentVersion = 1

    public var version: Int
    public var tool: String
    public var fingerprints: [String]

    /// A baseline of the given fingerprints, sorted and without duplicates.
    public init(fingerprints: some Sequence<String>) {
        version = Self.currentVersion
        tool = ToolInfo.name
        self.fingerprints = Set(fingerprints).sorted()
    }

    /// A baseline of every finding of the report that would otherwise count (accepted ones need none).
    public init(recording report: LintReport) {
        self.init(fingerprints: report.findings.filter { $0.status != .accepted }.map(\.finding.fingerprint))
    }

    /// Reads a baseline file, or a `topograph lint --format json` report used as one; a missing,
    /// unreadable or foreign file is a usage error.
    public static func read(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read baseline \(path)", hint: "create one with --write-baseline \(path)")
        }
        guard let file = try? JSONDecoder().decode(File.self, from: data),
            let fingerprints = file.fingerprints ?? file.findings?.map(\.fingerprint)
        else {
            throw CLIError(
                "\(path) is not a topograph baseline file",
                hint: "expected {\"version\": 1, \"tool\": \"topograph\", \"fingerprints\": [...]}; write one with --write-baseline")
        }
        guard file.version == currentVersion else {
            throw CLIError(
                "\(path): baseline version \(file.version) is not supported (expected \(currentVersion))",
                hint: "re-create it with --write-baseline")
        }
        return Baseline(fingerprints: fingerprints)
    }

    /// Either form on disk: a baseline (`fingerprints`) or a JSON lint report (`findings`).
    private struct File: Decodable {
        struct ReportedFinding: Decodable { var fingerprint: String }
        var version: Int
        var fingerprints: [String]?
        var findings: [ReportedFinding]?
    }

    /// The file's bytes: pretty, sorted keys, ending in a newline.
    public func encoded() -> String {
        JSONOutput.encode(self)
    }
}
