import Foundation
import Testing

@testable import TopographCommands

/// The change detector over a fake file system and over real files saved the ways editors save.
@Suite struct ChangeDetectorTests {
    /// A file system of stamps the test edits.
    final class FakeFiles: @unchecked Sendable {
        var stamps: [String: FileStamp] = [:]
        func stamp(_ path: String) -> FileStamp { stamps[path] ?? .missing }
    }

    func stamp(inode: UInt64 = 1, size: Int64 = 10, seconds: Int = 100, nanoseconds: Int = 0) -> FileStamp {
        FileStamp(exists: true, device: 1, inode: inode, size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds)
    }

    @Test func nothingChangedReportsNothing() {
        let files = FakeFiles()
        files.stamps["a.yml"] = stamp()
        var detector = ChangeDetector(paths: ["a.yml", "b.yml"], stamp: files.stamp)
        #expect(detector.poll() == [])
        #expect(detector.poll() == [])
    }

    /// Each field a save can change is enough on its own: a rename (inode), an append (size), an
    /// in-place rewrite of the same length within the same second (nanoseconds).
    @Test(arguments: [
        FileStamp(exists: true, device: 1, inode: 2, size: 10, modifiedSeconds: 100, modifiedNanoseconds: 0),
        FileStamp(exists: true, device: 1, inode: 1, size: 11, modifiedSeconds: 100, modifiedNanoseconds: 0),
        FileStamp(exists: true, device: 1, inode: 1, size: 10, modifiedSeconds: 100, modifiedNanoseconds: 5),
        FileStamp(exists: true, device: 1, inode: 1, size: 10, modifiedSeconds: 101, modifiedNanoseconds: 0),
        FileStamp.missing,
    ])
    func everyStampFieldIsAChange(after: FileStamp) {
        let files = FakeFiles()
        files.stamps["a.yml"] = stamp()
        var detector = ChangeDetector(paths: ["a.yml"], stamp: files.stamp)
        files.stamps["a.yml"] = after
        #expect(detector.poll() == ["a.yml"])
        #expect(detector.poll() == [], "a change is reported once")
    }

    @Test func aFileThatAppearsIsAChange() {
        let files = FakeFiles()
        var detector = ChangeDetector(paths: ["new.yml"], stamp: files.stamp)
        files.stamps["new.yml"] = stamp()
        #expect(detector.poll() == ["new.yml"])
    }

    @Test func watchingNewFilesStartsFromTheirCurrentStamp() {
        let files = FakeFiles()
        files.stamps["a.yml"] = stamp()
        files.stamps["b.yml"] = stamp(inode: 7)
        var detector = ChangeDetector(paths: ["a.yml"], stamp: files.stamp)
        detector.watch(["b.yml"])
        #expect(detector.paths == ["b.yml"])
        files.stamps["a.yml"] = stamp(size: 99)
        #expect(detector.poll() == [], "a dropped file is no longer watched")
        files.stamps["b.yml"] = stamp(inode: 8)
        #expect(detector.poll() == ["b.yml"])
    }

    /// Real saves on disk: in place, and through a temporary file renamed over the model (vim, most
    /// IDEs), even when the new content has the same length and the same second.
    @Test func realSavesInPlaceAndByRenameAreSeen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("model.yml").path
        try Data("name: a\n".utf8).write(to: URL(fileURLWithPath: model))
        var detector = ChangeDetector(paths: [model])
        #expect(detector.poll() == [])

        let temporary = directory.appendingPathComponent(".model.yml.swp").path
        try Data("name: b\n".utf8).write(to: URL(fileURLWithPath: temporary))
        #expect(rename(temporary, model) == 0)
        #expect(detector.poll() == [model], "an atomic rename of the same length")

        let handle = try #require(FileHandle(forWritingAtPath: model))
        try handle.write(contentsOf: Data("name: c\n".utf8))
        try handle.close()
        #expect(detector.poll() == [model], "an in-place rewrite of the same length")

        try FileManager.default.removeItem(atPath: model)
        #expect(detector.poll() == [model], "a deletion")
    }
}
