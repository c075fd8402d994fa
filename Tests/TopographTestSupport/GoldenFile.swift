import Foundation
import Testing

/// Golden files: reviewed text committed next to the tests. `TOPOGRAPH_RECORD=1` rewrites them
/// instead of comparing, and fails the test that recorded (as swift-snapshot-testing's record
/// mode does): a run in record mode never passes, so a re-record is a step someone reviews
/// (`git diff`) and confirms by running the tests again without it.
public enum GoldenFile {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["TOPOGRAPH_RECORD"] == "1" }

    /// Compares `actual` with the file at `url`, or records it (and fails). A difference names its first line.
    public static func expect(
        _ actual: String, at url: URL, recording: Bool = isRecording, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if recording {
            let previous = FileManager.default.contents(atPath: url.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            let what = previous == nil ? "recorded new" : previous == Data(actual.utf8) ? "re-recorded unchanged" : "re-recorded changed"
            Issue.record(
                "\(what) golden file \(url.lastPathComponent) (TOPOGRAPH_RECORD=1); review `git diff`, then run again without it",
                sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(url.path); run with TOPOGRAPH_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record(
            """
            \(url.lastPathComponent) differs from its golden file at line \(line + 1) (TOPOGRAPH_RECORD=1 re-records):
              golden: \(line < a.count ? String(a[line]) : "<end>")
              actual: \(line < b.count ? String(b[line]) : "<end>")
            """, sourceLocation: sourceLocation)
    }
}

/// SplitMix64: a small seeded generator, so property tests replay from their seed.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
