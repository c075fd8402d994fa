import Foundation
import Testing
import TopographTestSupport

/// The golden-file mechanism itself: recording writes the file and fails the test that recorded.
@Suite struct GoldenFileTests {
    @Test func recordingWritesTheFileAndFailsTheTest() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("nested/new.txt")
        // withKnownIssue fails when no issue is recorded: a record mode that passes fails here.
        try withKnownIssue("record mode fails the recording test") {
            try GoldenFile.expect("recorded\n", at: url, recording: true)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "recorded\n")
        // Re-recording the same text still fails: a run in record mode never passes.
        try withKnownIssue("record mode fails even when nothing changed") {
            try GoldenFile.expect("recorded\n", at: url, recording: true)
        }
        // Comparing afterwards passes.
        try GoldenFile.expect("recorded\n", at: url, recording: false)
    }

    @Test func aDifferenceFailsAndNamesItsFirstLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("golden.txt")
        try Data("a\nb\nc\n".utf8).write(to: url)
        try withKnownIssue {
            try GoldenFile.expect("a\nB\nc\n", at: url, recording: false)
        } matching: { issue in
            issue.description.contains("at line 2")
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "a\nb\nc\n")
    }
}
