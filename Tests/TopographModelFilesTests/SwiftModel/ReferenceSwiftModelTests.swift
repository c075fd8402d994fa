import Foundation
import Testing
import TopographModel
@testable import TopographModelFiles

/// The Swift DSL versions of the reference designs load to the models the reference describes.
@Suite(.serialized) struct ReferenceSwiftModelTests {
    @Test(arguments: ["secured-and-monitored", "simple-web-stack", "distributed", "scale-up"])
    func loadsToTheExpectedModel(name: String) throws {
        let cache = try freshCache()
        let path = "\(repositoryRoot)/models/\(name).swift"
        let loaded = try SwiftModelLoader.load(path, environment: environment(cache: cache))
        #expect(loaded == (try expectedReferenceModel(name)))
        #expect(loaded.sources[ElementID("www-dns")]?.file == path)

        // Served from the cache the second time, in well under 100 ms.
        let start = Date()
        let again = try SwiftModelLoader.load(path, environment: environment(cache: cache))
        let seconds = Date().timeIntervalSince(start)
        #expect(again == loaded)
        #expect(seconds < 0.1, "a cache hit took \(seconds) s")
    }
}
