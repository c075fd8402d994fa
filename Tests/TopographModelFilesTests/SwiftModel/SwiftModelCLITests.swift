import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// The Swift model loader end to end, through the built `topograph` binary: cache miss and hit,
/// and every way a model file can fail (each exit code 2 with the model's path and line).
/// Serialized: each test compiles, and the machine has two cores.
@Suite(.serialized) struct SwiftModelCLITests {
    @Test func secondLoadIsServedFromTheCache() throws {
        let cache = try freshCache()
        let binary = try topographBinary()
        let model = "models/secured-and-monitored.swift"
        let miss = try run(binary, ["dump", model], environment: environment(cache: cache))
        #expect(miss.status == 0, "\(miss.stderr)")
        #expect(miss.stderr.contains("model cache miss"))
        let hit = try run(binary, ["dump", model], environment: environment(cache: cache))
        #expect(hit.status == 0)
        #expect(hit.stderr.contains("model cache hit"))
        #expect(hit.stdout == miss.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(cache)/models").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(cache)/tmp").isEmpty)
        // The whole process, start to exit; the bar is "well under 100 ms" on an idle machine.
        #expect(hit.seconds < 1.0, "a cache hit took \(hit.seconds) s")
        // The Swift model dumps exactly like its YAML twin.
        #expect(miss.stdout == (try String(contentsOfFile: Repo.golden("secured-and-monitored.json"), encoding: .utf8)))
    }

    @Test func anEditedModelIsCompiledAgain() throws {
        let cache = try freshCache()
        let binary = try topographBinary()
        let model = writeModel("import TopographDSL\nlet architecture = Architecture(\"one\") {}\n")
        #expect(try run(binary, ["dump", model], environment: environment(cache: cache)).stderr.contains("cache miss"))
        try Data("import TopographDSL\nlet architecture = Architecture(\"two\") {}\n".utf8).write(to: URL(fileURLWithPath: model))
        let second = try run(binary, ["dump", model], environment: environment(cache: cache))
        #expect(second.stderr.contains("cache miss"))
        #expect(second.stdout.contains("\"two\""))
    }

    @Test func compileErrorsNameTheModelFileAndLine() throws {
        let model = writeModel(
            """
            import TopographDSL

            let architecture = Architecture("typo") {
                Zone("dmz", .dmz) {
                    WebServer("web", softwar: "nginx 1.24")
                }
            }

            """)
        let result = try run(try topographBinary(), ["dump", model], environment: environment(cache: try freshCache()))
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(model):5:"), "\(result.stderr)")
        #expect(result.stderr.contains("error: incorrect argument label"))
        #expect(result.stdout.isEmpty)
        // Nothing is written next to the model: intermediate files live in the cache.
        let directory = (model as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["model.swift"])
    }

    @Test func invalidNestingDoesNotCompile() throws {
        let model = writeModel(
            """
            import TopographDSL

            let architecture = Architecture("nesting") {
                Zone("dmz", .dmz) {
                    Server("s") {
                        Zone("inner", .private) {}
                    }
                }
            }

            """)
        let result = try run(try topographBinary(), ["dump", model], environment: environment(cache: try freshCache()))
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(model):6:"), "\(result.stderr)")
    }

    @Test func anEndlessLoopIsStoppedAtTheTimeLimit() throws {
        let model = writeModel("import TopographDSL\nvar n = 0\nwhile true { n &+= 1 }\n")
        let env = environment(cache: try freshCache(), ["TOPOGRAPH_MODEL_TIMEOUT": "1"])
        let result = try run(try topographBinary(), ["dump", model], environment: env)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(model):1:1: error: the model did not finish within 1 s"), "\(result.stderr)")
        #expect(result.seconds < 30)
    }

    @Test func aRuntimeCrashIsReportedAtItsLine() throws {
        let model = writeModel("import TopographDSL\n\nfatalError(\"boom\")\n")
        let result = try run(try topographBinary(), ["dump", model], environment: environment(cache: try freshCache()))
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(model):3:1: error: the model crashed at run time: Fatal error: boom"), "\(result.stderr)")
    }

    @Test func aTrapInTheStandardLibraryIsReportedAtTheModelLineThatCausedIt() throws {
        let model = writeModel(
            """
            import TopographDSL

            func pick(_ values: [Int], _ index: Int) -> Int {
                values[index]
            }
            let architecture = Architecture("crash") {}
            let chosen = pick([1, 2], 5)

            """)
        let result = try run(try topographBinary(), ["dump", model], environment: environment(cache: try freshCache()))
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("\(model):4:11: error: the model crashed at run time: Fatal error: Index out of range"),
            "\(result.stderr)")
    }

    @Test func designMistakesAreReportedWithTheirLines() throws {
        let model = writeModel(
            """
            import TopographDSL

            let architecture = Architecture("mistakes") {
                Zone("dmz", .dmz) {
                    WebServer("web")
                    AppServer("web")
                }
                Flow("web", to: "db", .mysql)
            }

            """)
        let result = try run(try topographBinary(), ["dump", model], environment: environment(cache: try freshCache()))
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(model):6:18: error: duplicate id 'web'"), "\(result.stderr)")
        #expect(result.stderr.contains("\(model):8:9: error: 'web->db' goes to 'db'"))
    }

    @Test func aFileWithoutArchitectureIsAnError() throws {
        let model = writeModel("")
        let result = try run(try topographBinary(), ["dump", model], environment: environment(cache: try freshCache()))
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(model):1:1: error: the model declares no Architecture"))
    }

    @Test func aCopiedBinaryCompilesModelsFromItsEmbeddedSources() throws {
        let directory = temporaryDirectory("installed")
        try FileManager.default.copyItem(atPath: try topographBinary(), toPath: "\(directory)/topograph")
        let model = writeModel("import TopographDSL\nlet architecture = Architecture(\"copied\") { Zone(\"z\", .dmz) }\n")
        let result = try run(
            "\(directory)/topograph", ["dump", model], in: directory, environment: environment(cache: try freshCache()))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"copied\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["topograph"])
    }

    @Test func concurrentLoadsOfOneModelAllSucceed() throws {
        let cache = try freshCache()
        let binary = try topographBinary()
        let model = writeModel("import TopographDSL\nlet architecture = Architecture(\"busy\") { Zone(\"z\", .dmz) }\n")
        let results = try (0..<3).map { _ in
            try start(binary, ["dump", model], environment: environment(cache: cache))
        }.map { try $0() }
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
        #expect(Set(results.map(\.stdout)).count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(cache)/models").count == 1)
    }
}
