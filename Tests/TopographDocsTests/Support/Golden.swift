import Foundation
import Testing
import TopographTestSupport

/// The Docs tests' golden files, next to the tests in `Golden/`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFile.expect(actual, at: directory.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
