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

    /// Reads a baseline file; a missing, unreadable or foreign file is a usage error.
    public static func read(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read baseline \(path)", hint: "create one with --write-baseline \(path)")
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw CLIError(
                "\(path) is not a topograph baseline file",
                hint: "expected {\"version\": 1, \"tool\": \"topograph\", \"fingerprints\": [...]}")
        }
        guard baseline.version == currentVersion else {
            throw CLIError(
                "\(path): baseline version \(baseline.version) is not supported (expected \(currentVersion))",
                hint: "re-create it with --write-baseline")
        }
        return baseline
    }

    /// The file's bytes: pretty, sorted keys, ending in a newline.
    public func encoded() -> String {
        JSONOutput.encode(self)
    }
}
