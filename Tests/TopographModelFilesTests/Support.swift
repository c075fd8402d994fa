import Foundation
import Testing
import TopographModel
import TopographTestSupport

@testable import TopographModelFiles

/// Paths and helpers shared by the model-file tests.
enum Repo {
    /// The repository root, found from this file so tests run from any working directory.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let referenceModels = ["secured-and-monitored", "simple-web-stack", "distributed", "scale-up", "production"]

    /// Where golden files live (GoldenFile compares or records them).
    static func golden(_ name: String) -> String { path("Tests/TopographModelFilesTests/Fixtures/golden/\(name)") }
}

/// Loads YAML text and returns the diagnostics it fails with (empty when it loads).
func diagnostics(_ yaml: String, file: String = "m.yaml") -> [ModelDiagnostic] {
    do {
        _ = try YAMLModelLoader.load(text: yaml, file: file)
        return []
    } catch let error as ModelError {
        return error.diagnostics
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}

/// `line:column: message` for each diagnostic, the shape most assertions compare.
func positions(_ yaml: String) -> [String] {
    diagnostics(yaml).map { d in
        "\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.message)"
    }
}

/// Compares `actual` with a golden file, or records it when `TOPOGRAPH_RECORD=1`.
func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    try GoldenFile.expect(actual, at: URL(fileURLWithPath: Repo.golden(name)), sourceLocation: sourceLocation)
}
