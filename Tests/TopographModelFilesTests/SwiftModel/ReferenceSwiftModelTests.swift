import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// The Swift DSL versions of the reference designs are the same designs as their YAML twins.
@Suite(.serialized) struct ReferenceSwiftModelTests {
    @Test(arguments: Repo.referenceModels)
    func swiftModelEqualsItsYAMLTwin(name: String) throws {
        let cache = try freshCache()
        let path = Repo.path("models/\(name).swift")
        let swift = try SwiftModelLoader.load(path, environment: environment(cache: cache))
        let yaml = try ModelLoader.load(Repo.path("models/\(name).yaml"))
        #expect(swift == yaml)
        #expect(try ModelDump.json(swift) == ModelDump.json(yaml))
        #expect(try ModelDump.yaml(swift) == ModelDump.yaml(yaml))

        // Every element points back into the Swift file.
        let ids =
            swift.zones.map(\.id) + swift.hosts.map(\.id) + swift.components.map(\.id)
            + swift.certificates.map(\.id) + swift.flows.map(\.id)
        for id in ids {
            #expect(swift.sources[id]?.file == path, "no location for \(id)")
        }

        // Served from the cache the second time, in well under 100 ms.
        let start = Date()
        let again = try SwiftModelLoader.load(path, environment: environment(cache: cache))
        let seconds = Date().timeIntervalSince(start)
        #expect(again == swift)
        #expect(seconds < 0.1, "a cache hit took \(seconds) s")
    }

    @Test func aSwiftModelDumpedToYAMLLoadsBackToTheSameModel() throws {
        let path = Repo.path("models/secured-and-monitored.swift")
        let swift = try SwiftModelLoader.load(path, environment: environment(cache: try freshCache()))
        let yaml = try ModelDump.yaml(swift)
        #expect(try YAMLModelLoader.load(text: yaml, file: "dump.yaml") == swift)
    }
}

/// The README's Swift example is a real model: it compiles, loads and checks clean.
@Suite struct ReadmeSwiftExampleTests {
    @Test func readmeExampleLoads() throws {
        let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Writing a model in Swift"))
        let start = try #require(readme.range(of: "```swift\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
        let model = writeModel(String(readme[start.upperBound..<end.lowerBound]), named: "readme.swift")
        let architecture = try SwiftModelLoader.load(model, environment: environment(cache: try freshCache()))
        #expect(architecture.name == "two-servers")
        #expect(architecture.components.map(\.id.rawValue) == ["user", "lb", "fw-1", "web-1", "db-1", "fw-2", "web-2", "db-2"])
    }
}
