import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// The four reference models in models/: they load, pass the checker, say what the spec says,
/// dump to reviewed golden JSON, and survive a round trip through both dump formats.
@Suite struct ReferenceModelTests {
    static func load(_ name: String) throws -> Architecture {
        try ModelLoader.load(Repo.path("models/\(name).yaml"))
    }

    @Test(arguments: Repo.referenceModels)
    func loadsCleanAndMatchesGoldenJSON(name: String) throws {
        let model = try Self.load(name)
        #expect(model.name == name)
        #expect(ModelChecker.check(model).isEmpty)
        try expectGolden(try ModelDump.json(model), "\(name).json")
    }

    @Test(arguments: Repo.referenceModels)
    func everyElementHasASourceLocation(name: String) throws {
        let model = try Self.load(name)
        let ids =
            model.zones.map(\.id) + model.hosts.map(\.id) + model.components.map(\.id)
            + model.certificates.map(\.id) + model.flows.map(\.id)
        for id in ids {
            let location = model.sources[id]
            #expect(location?.file == Repo.path("models/\(name).yaml"), "no location for \(id)")
            #expect((location?.line ?? 0) > 1)
        }
    }

    @Test(arguments: Repo.referenceModels)
    func yamlAndJSONDumpsLoadBackEqual(name: String) throws {
        let model = try Self.load(name)
        let yaml = try ModelDump.yaml(model)
        let fromYAML = try YAMLModelLoader.load(text: yaml, file: "dump.yaml")
        #expect(fromYAML == model)
        #expect(try ModelDump.json(fromYAML) == ModelDump.json(model))
        let fromJSON = try YAMLModelLoader.load(text: try ModelDump.json(model, locations: true), file: "dump.json")
        #expect(fromJSON == model)
        // Locations are not part of the design: dumping with them still loads back to the same model.
        #expect(try YAMLModelLoader.load(text: try ModelDump.yaml(model, locations: true), file: "d.yaml") == model)
    }

    @Test func securedAndMonitoredIsModelledAsWritten() throws {
        let model = try Self.load("secured-and-monitored")
        let index = ArchitectureIndex(model)
        #expect(model.domain == "www.foobar.com")
        #expect(model.hosts.map(\.id) == ["server-1", "server-2", "server-3"])
        #expect(index.componentsByHost["server-2"]?.map(\.id) == ["fw-2", "web-2", "app-2", "db-2", "agent-2"])
        #expect(index.components["lb"]?.tls == TLSEndpoint(mode: .terminate, certificate: "www-cert", minVersion: "1.2"))
        #expect(index.components["web-1"]?.tls?.mode == .terminate)
        #expect(index.flows["lb->web-1"]?.encrypted == false)
        #expect(index.flows["user->lb"]?.encrypted == true)
        #expect(index.components["db-3"]?.spec.database?.replicatesFrom == "db-1")
        #expect(index.flows["db-3->db-1:replication"] != nil)
        #expect(index.components(ofKind: .database).filter { $0.spec.database!.acceptsWrites }.map(\.id) == ["db-1"])
        #expect(index.zone(of: "agent-3")?.id == "private")
        #expect(model.flows.count == 19)
        #expect(model.certificates.first?.installedOn == ["lb", "web-1", "web-2", "web-3"])
    }

    @Test func scaleUpHasAnActiveActivePair() throws {
        let index = ArchitectureIndex(try Self.load("scale-up"))
        #expect(index.components["lb-1"]?.spec.loadBalancer?.cluster == ["lb-2"])
        #expect(index.components["lb-2"]?.spec.loadBalancer?.mode == .activeActive)
        #expect(index.componentsByHost.keys.sorted() == ["app-server", "db-server", "web-server"])
    }

    @Test func simpleWebStackDerivesDistinctFlowIDs() throws {
        let model = try Self.load("simple-web-stack")
        #expect(
            model.flows.map(\.id.rawValue) == [
                "user->www-dns:dns", "user->web", "web->app", "app->code:read", "app->db:write", "app->db:read",
            ])
        #expect(model.flows[3].port == nil)
    }
}
