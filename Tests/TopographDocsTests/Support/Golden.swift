import Foundation
import Testing

/// Golden files: reviewed text committed next to the tests. `TOPOGRAPH_RECORD=1` rewrites them.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["TOPOGRAPH_RECORD"] == "1" }

    /// Compares `actual` with the golden file `name`, or records it.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden \(name); run with TOPOGRAPH_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record(
                """
                \(name) differs from golden at line \(line + 1) (TOPOGRAPH_RECORD=1 re-records):
                  golden: \(line < a.count ? String(a[line]) : "<end>")
                  actual: \(line < b.count ? String(b[line]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
