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
        let ids = swift.zones.map(\.id) + swift.hosts.map(\.id) + swift.components.map(\.id)
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
