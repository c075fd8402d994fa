import Foundation
import Testing
import TopographTestSupport

/// Paths of the repository and the test folder, found from this file's location.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let goldenFolder = testsFolder.appendingPathComponent("Golden")
    /// The official SARIF 2.1.0 schema, vendored (Fixtures/SARIF/NOTICE.md) so a clean clone tests SARIF.
    static let sarifSchema = testsFolder.appendingPathComponent("Fixtures/SARIF/sarif-schema-2.1.0.json")
}

/// Compares `actual` with the committed golden file, or records it when `TOPOGRAPH_RECORD=1`.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try GoldenFile.expect(actual, at: TestPaths.goldenFolder.appendingPathComponent(name), sourceLocation: sourceLocation)
}
