import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// Files that cannot be models: each gets exactly one clear diagnostic.
@Suite struct FileReadingTests {
    private func failure(_ path: String) -> [ModelDiagnostic] {
        do {
            _ = try ModelLoader.load(path)
            Issue.record("\(path) loaded")
            return []
        } catch let error as ModelError {
            return error.diagnostics
        } catch {
            Issue.record("unexpected \(error)")
            return []
        }
    }

    private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-tests-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func missingPath() {
        let d = failure("/nonexistent/model.yaml")
        #expect(d.count == 1)
        #expect(d.first?.message == "model file '/nonexistent/model.yaml' does not exist")
    }

    @Test func unknownExtension() {
        let d = failure("model.toml")
        #expect(d.count == 1)
        #expect(d.first?.message.contains("from its extension") == true)
    }

    @Test func emptyFile() throws {
        let path = try temporaryFile("empty.yaml", [])
        #expect(
            failure(path).map(\.description) == [
                "\(path):1:1: error: model file is empty\n  hint: a model needs at least 'name:'; see models/ for examples"
            ])
    }

    @Test func notUTF8PointsAtTheBadByte() throws {
        let path = try temporaryFile("latin1.yaml", Array("name: m\ndescription: caf".utf8) + [0xE9, 0x0A])
        let d = failure(path)
        #expect(d.count == 1)
        #expect(d.first?.location == SourceLocation(file: path, line: 2, column: 17))
        #expect(d.first?.message == "model file is not valid UTF-8")
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let path = try temporaryFile("huge.yaml", [])
        // A sparse 50 MB file: the size check must come before any reading.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        let d = failure(path)
        #expect(d.count == 1)
        #expect(d.first?.message == "model file '\(path)' is 50.0 MB, over the 20.0 MB limit")
    }

    @Test func directoryIsNotAModel() throws {
        let path = try temporaryFile("x.yaml", [])
        let directory = (path as NSString).deletingLastPathComponent + "/dir.yaml"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(failure(directory).map(\.message) == ["'\(directory)' is a directory, not a model file"])
    }

    @Test func swiftModelsGoToTheSwiftLoader() {
        // Until the Swift loader lands this is its stub's message; afterwards, a missing file.
        #expect(failure("/nonexistent/model.swift").count == 1)
    }
}
