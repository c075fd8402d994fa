import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// The conveniences of the file form over the plain Codable shape.
@Suite struct LoaderFeatureTests {
    func load(_ yaml: String) throws -> Architecture { try YAMLModelLoader.load(text: yaml, file: "f.yaml") }

    @Test func nestedComponentsTakeTheirHostAndKeepDocumentOrder() throws {
        let model = try load(
            """
            name: m
            components:
              - {id: a, kind: client}
            hosts:
              - id: h
                components:
                  - {id: b, kind: webServer}
                  - {id: c, kind: appServer, host: h}
            """)
        #expect(model.components.map(\.id) == ["a", "b", "c"])
        #expect(model.components.map(\.host) == [nil, "h", "h"])
        #expect(model.components[1].zone == nil)
        #expect(model.sources["b"] == SourceLocation(file: "f.yaml", line: 7, column: 9))
        #expect(model.sources["h"] == SourceLocation(file: "f.yaml", line: 5, column: 5))
    }

    @Test func flowsDeriveIDPortAndEncryption() throws {
        let model = try load(
            """
            name: m
            components: [{id: a, kind: client}, {id: b, kind: webServer}]
            flows:
              - {from: a, to: b, protocol: https}
              - {from: a, to: b, protocol: http, port: 8080, purpose: admin}
            """)
        #expect(model.flows[0] == Flow(id: "a->b", from: "a", to: "b", protocol: "https", port: 443, encrypted: true))
        #expect(model.flows[1].id == "a->b:admin")
        #expect(model.flows[1].port == 8080)
        #expect(model.flows[1].encrypted == false)
    }

    @Test func collidingDerivedIDsGetANumberedSuffix() throws {
        let model = try load(
            """
            name: m
            components: [{id: a, kind: client}, {id: b, kind: webServer}]
            flows:
              - {from: a, to: b, protocol: http}
              - {from: a, to: b, protocol: http, port: 8080}
              - {id: "a->b#2", from: a, to: b, protocol: http, port: 81}
              - {from: a, to: b, protocol: http, port: 8443}
            """)
        #expect(model.flows.map(\.id.rawValue) == ["a->b", "a->b#3", "a->b#2", "a->b#4"])
    }

    @Test func elementAcceptsLowerToArchitectureRisks() throws {
        let model = try load(
            """
            name: m
            acceptedRisks:
              - {rule: design.rule, reason: whole design}
            components:
              - id: a
                kind: client
                accepts: [{rule: r.one, reason: because, expires: 2027-01-31}]
              - {id: b, kind: webServer}
            flows:
              - {from: a, to: b, protocol: http, accepts: [{rule: r.two, reason: lab only}]}
            """)
        #expect(
            model.acceptedRisks == [
                AcceptedRisk(rule: "design.rule", reason: "whole design"),
                AcceptedRisk(rule: "r.one", element: "a", reason: "because", expires: "2027-01-31"),
                AcceptedRisk(rule: "r.two", element: "a->b", reason: "lab only"),
            ])
    }

    @Test func omittedSpecFieldsTakeModelDefaults() throws {
        let model = try load(
            """
            name: m
            components:
              - {id: f, kind: firewall}
              - {id: d, kind: database}
              - {id: g, kind: monitoringAgent, monitoringAgent: {}}
              - {id: l, kind: loadBalancer, loadBalancer: {healthCheck: {}}}
              - id: w
                kind: firewall
                firewall: {rules: [{action: deny, ports: [22, "8000-8080"]}]}
            """)
        #expect(model.components[0].spec == .firewall(FirewallSpec()))
        #expect(model.components[1].spec == .database(DatabaseSpec()))
        #expect(model.components[2].spec == .monitoringAgent(MonitoringAgentSpec()))
        #expect(model.components[3].spec.loadBalancer?.healthCheck == HealthCheck())
        #expect(model.components[4].spec.firewall?.rules.first?.ports == [PortRange(22), PortRange(8000, 8080)])
    }

    @Test func textFieldsKeepNumbersAsWritten() throws {
        let model = try load("name: m\ncomponents:\n  - {id: d, kind: database, software: {product: MySQL, version: 8.0}}\n")
        #expect(model.components[0].software == Software(product: "MySQL", version: "8.0"))
    }

    @Test func jsonLoadsThroughTheSamePath() throws {
        let model = try load(#"{"name": "m", "zones": [{"id": "z", "kind": "dmz"}]}"#)
        #expect(model.zones == [Zone(id: "z", kind: .dmz)])
        #expect(model.sources["z"] == SourceLocation(file: "f.yaml", line: 1, column: 25))
    }
}

/// The README's example must keep loading as documented.
@Test func readmeExampleLoads() throws {
    let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
    let section = try #require(readme.range(of: "## Model files (YAML)"))
    let start = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
    let end = try #require(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
    let model = try YAMLModelLoader.load(text: String(readme[start.upperBound..<end.lowerBound]), file: "README.md")
    #expect(model.flows.map(\.id) == ["user->web", "web->db:write"])
    #expect(model.acceptedRisks.first?.element == "db")
}
