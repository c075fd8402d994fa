import Foundation
import Testing
import TopographTestSupport

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

/// Compares `actual` with the committed golden file, or records it when `TOPOGRAPH_RECORD=1`.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try GoldenFile.expect(actual, at: TestPaths.goldenFolder.appendingPathComponent(name), sourceLocation: sourceLocation)
}
