import Foundation
import Testing

/// Paths of the repository and the test folder, found from this file's location.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let goldenFolder = testsFolder.appendingPathComponent("Golden")
    /// The official SARIF schema: `../shared/schemas/` from the repository root (worktrees keep it in /work/shared).
    static var sarifSchema: URL? {
        let candidates = [
            repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json"),
            URL(fileURLWithPath: "/work/shared/schemas/sarif-schema-2.1.0.json"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}

/// Whether golden files should be rewritten instead of compared (`TOPOGRAPH_RECORD=1`).
var isRecording: Bool { ProcessInfo.processInfo.environment["TOPOGRAPH_RECORD"] == "1" }

/// Compares `actual` with the committed golden file, or records it when `TOPOGRAPH_RECORD=1`.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = TestPaths.goldenFolder.appendingPathComponent(name)
    try expectFile(actual, at: url, sourceLocation: sourceLocation)
}

/// Compares `actual` with a committed file, or records it when `TOPOGRAPH_RECORD=1`.
func expectFile(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if isRecording {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden file \(url.path); record it with TOPOGRAPH_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    #expect(
        actual == expected, "differs from \(url.lastPathComponent); re-record with TOPOGRAPH_RECORD=1",
        sourceLocation: sourceLocation)
}
