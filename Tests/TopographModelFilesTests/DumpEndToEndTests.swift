import Foundation
import Testing
import TopographModel
import TopographTestSupport

@testable import TopographModelFiles

/// Runs the built `topograph` binary the way a user does. It must already be built (`swift build`,
/// which scripts/test.sh runs before `swift test`); these tests never build it themselves.
@Suite struct DumpEndToEndTests {
    func topograph(_ arguments: String...) throws -> ProcessResult { try TestProcess.topograph(arguments) }

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
