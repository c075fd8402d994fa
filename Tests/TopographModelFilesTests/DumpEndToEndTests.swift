import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// Runs the built `topograph` binary the way a user does. It must already be built (`swift build`,
/// which scripts/test.sh runs before `swift test`); these tests never build it themselves.
@Suite struct DumpEndToEndTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary = Repo.path(".build/debug/topograph")

    func topograph(_ arguments: String...) throws -> Run {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary),
            "\(Self.binary) is missing: run `swift build` before `swift test` (scripts/test.sh does both)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = Repo.root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large dump cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func dumpPrintsTheGoldenJSON() throws {
        let run = try topograph("dump", "models/secured-and-monitored.yaml")
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try expectGolden(run.stdout, "secured-and-monitored.json")
    }

    @Test func dumpYAMLLoadsBackToTheSameModel() throws {
        let run = try topograph("dump", "models/scale-up.yaml", "--format", "yaml")
        #expect(run.status == 0)
        let original = try ModelLoader.load(Repo.path("models/scale-up.yaml"))
        #expect(try YAMLModelLoader.load(text: run.stdout, file: "stdout.yaml") == original)
        #expect(!run.stdout.contains("sources:"))
    }

    @Test func locationsAreOptIn() throws {
        let run = try topograph("dump", "models/distributed.yaml", "--locations")
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""file" : "models/distributed.yaml""#))
    }

    @Test func badModelExitsTwoWithNothingOnStdout() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).yaml").path
        try "name: m\nzones:\n  - {id: z, kind: lan}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try topograph("dump", path, "--format", "yaml")
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("\(path):3:19: error: 'lan' is not a valid zone kind"))
    }

    @Test(arguments: ["does-not-exist.yaml", "Package.swift.txt"])
    func unusablePathsExitTwo(path: String) throws {
        let run = try topograph("dump", path)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("error: "))
    }
}
