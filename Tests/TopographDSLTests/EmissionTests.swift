import Foundation
import Testing

@testable import TopographDSL

/// What a model file's program writes for the loader, as `DesignRegistry` builds it.
@Suite struct EmissionTests {
    @Test func oneDesignEmitsItsModelAndDiagnostics() throws {
        let design = Architecture("one") {
            Zone("z", .dmz) {
                Client("c")
                Client("c")
            }
        }
        let emission = DesignRegistry.emission(of: [design])
        #expect(emission.architecture == design.model)
        #expect(emission.diagnostics == design.diagnostics)
        #expect(emission.diagnostics.count == 1)
    }

    @Test func noDesignIsADiagnostic() {
        let emission = DesignRegistry.emission(of: [])
        #expect(emission.architecture == nil)
        #expect(emission.diagnostics.map(\.message) == ["the model file declares no Architecture"])
    }

    @Test func aSecondDesignIsADiagnosticAtItsLine() {
        let first = Architecture("first") {}
        let line = #line + 1
        let second = Architecture("second") {}
        let emission = DesignRegistry.emission(of: [first, second])
        #expect(emission.architecture?.name == "first")
        #expect(emission.diagnostics.map(\.location?.line) == [line])
    }

    @Test func emissionRoundTripsThroughJSONWithSources() throws {
        let design = Architecture("json") { Zone("z", .dmz) { Client("c") } }
        let data = try JSONEncoder().encode(DesignRegistry.emission(of: [design]))
        let decoded = try JSONDecoder().decode(DesignRegistry.Emission.self, from: data)
        #expect(decoded.architecture == design.model)
        #expect(decoded.architecture?.sources["c"] == design.model.sources["c"])
    }
}
