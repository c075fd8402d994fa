import Testing
import TopographDSL

@Suite struct BuilderTests {
    @Test func lowersToThePlainModel() throws {
        let design = shopDesign()
        #expect(design.diagnostics.isEmpty)
        #expect(try design.lower() == expectedShop())
    }

    @Test func keepsDeclarationOrderThroughLoopsConditionalsAndHelpers() {
        let ids = shopDesign().model.components.map(\.id.rawValue)
        #expect(
            ids == [
                "user", "dns", "edge-fw", "edge", "app-1", "cache", "agent-1", "fw-1", "app-2", "agent-2", "fw-2", "db",
                "mon",
            ])
    }

    @Test func recordsWhereEveryElementWasWritten() throws {
        let line = #line + 2
        let design = Architecture("located") {
            Zone("z", .dmz) { WebServer("web") }
        }
        let location = try #require(design.model.sources["web"])
        #expect(location.file == #filePath)
        #expect(location.line == line)
        #expect(location.column == 40)  // Swift's #column default points at the call's "("
        #expect(design.model.sources["z"]?.line == line)
        #expect(design.location.line == line - 1)
    }

    @Test func firewallScopeFollowsPlacementUnlessGiven() {
        let design = Architecture("scopes") {
            Zone("z", .dmz) {
                Firewall("network-fw")
                Firewall("explicit", scope: .host)
                Server("s") { Firewall("host-fw") }
            }
        }
        let scopes = design.model.components.map { $0.spec.firewall?.scope }
        #expect(scopes == [.network, .host, .host])
    }

    @Test(arguments: [
        ("nginx 1.24", "nginx", "1.24"), ("Sumo Logic", "Sumo Logic", nil),
        ("Sumo Logic Collector 19.4", "Sumo Logic Collector", "19.4"), ("MySQL", "MySQL", nil),
    ])
    func readsSoftwareAsProductAndVersion(text: String, product: String, version: String?) {
        let design = Architecture("software") { Zone("z", .dmz) { WebServer("web", software: text) } }
        #expect(design.model.components.first?.software?.product == product)
        #expect(design.model.components.first?.software?.version == version)
    }

    @Test func flowsDeriveIDsPortsAndEncryption() {
        let design = Architecture("flows") {
            Zone("z", .dmz) {
                Client("a")
                Client("b")
            }
            Flows(from: ["a", "b"], to: ["a", "b"], .https, purpose: .metrics)
        }
        let flows = design.model.flows
        #expect(flows.map(\.id.rawValue) == ["a->a:metrics", "a->b:metrics", "b->a:metrics", "b->b:metrics"])
        #expect(flows.allSatisfy { $0.port == 443 && $0.encrypted })
    }

    @Test func emptyBodiesAreAllowed() throws {
        let design = Architecture("empty") {
            Zone("z", .private) {
                Server("bare")
            }
            Server("floating", zone: "z")
        }
        #expect(design.diagnostics.isEmpty)
        #expect(design.model.hosts.map(\.zone?.rawValue) == ["z", "z"])
        #expect(design.model.components.isEmpty)
    }
}
