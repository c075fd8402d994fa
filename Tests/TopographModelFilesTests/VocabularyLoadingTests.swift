import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// The issue 12 vocabulary in the YAML form, and the model errors it adds.
@Suite struct VocabularyLoadingTests {
    static let yaml = """
        name: v
        zones:
          - {id: office, kind: external, networks: [203.0.113.0/24]}
          - {id: edge, kind: dmz, failureDomain: {region: eu-west-1, availabilityZone: eu-west-1a}}
        components:
          - {id: admin, kind: client, zone: office}
          - {id: www-vip, kind: virtualIP, zone: edge, virtualIP: {members: [lb-1], mode: activeActive, address: 198.51.100.10}}
          - {id: vpn, kind: vpnGateway, zone: edge, vpnGateway: {clientNetwork: 10.8.0.0/24}, ports: [51820]}
          - {id: cdn, kind: cdn, zone: edge, cdn: {provider: Cloudflare, origins: [www-vip]}}
          - {id: assets, kind: objectStorage, zone: edge, objectStorage: {provider: AWS S3, publicRead: true}}
        hosts:
          - id: lb-host
            zone: edge
            addresses: [10.0.0.11]
            failureDomain: {rack: r1}
            components:
              - {id: lb-1, kind: loadBalancer, ports: [443], loadBalancer: {backends: [pg], routing: {writes: [pg], reads: [pg]}}}
              - {id: bastion, kind: bastion, ports: [22]}
              - {id: waf, kind: waf, waf: {mode: detect}}
              - {id: mq, kind: messageQueue, messageQueue: {engine: rabbitmq}, ports: [5671]}
              - {id: pg, kind: database, database: {role: primary, provider: AWS RDS}, ports: [5432]}
              - {id: redis, kind: cache, cache: {engine: redis, provider: AWS ElastiCache}}
              - {id: prom, kind: monitoringPlatform}
              - {id: exporter, kind: monitoringAgent, monitoringAgent: {scrapedBy: prom}, ports: [9100]}
        flows:
          - {from: admin, to: vpn, protocol: wireguard, purpose: admin}
          - {from: lb-1, to: pg, protocol: postgresql+tls, purpose: write}
        """

    @Test func loadsAndDumpsBackToTheSameModel() throws {
        let model = try YAMLModelLoader.load(text: Self.yaml, file: "v.yaml")
        let index = ArchitectureIndex(model)
        #expect(
            index.components["www-vip"]?.spec.virtualIP == VirtualIPSpec(members: ["lb-1"], mode: .activeActive, address: "198.51.100.10"))
        #expect(index.failureDomain(of: "pg") == FailureDomain(region: "eu-west-1", availabilityZone: "eu-west-1a", rack: "r1"))
        #expect(index.components["pg"]?.spec.database?.provider == "AWS RDS")
        #expect(model.flows.map(\.port) == [51820, 5432])
        let again = try YAMLModelLoader.load(text: try ModelDump.yaml(model), file: "dump.yaml")
        #expect(again == model)
        let json = try JSONDecoder().decode(Architecture.self, from: Data(try ModelDump.json(model).utf8))
        #expect(json == model)
    }

    @Test func aFlowWithoutAPortIsReportedAtItsLine() {
        #expect(
            positions("name: m\ncomponents:\n  - {id: a, kind: appServer}\nflows:\n  - {from: a, to: a, protocol: thrift}\n")
                == ["5:5: flow 'a->a' has no port: protocol 'thrift' is not in the protocol table, so no port can be derived"])
    }

    @Test func aVirtualIPNestedUnderAHostIsAnError() {
        let d = diagnostics(
            "name: m\nhosts:\n  - id: h\n    components:\n      - {id: vip, kind: virtualIP, virtualIP: {members: [a]}}\n      - {id: a, kind: loadBalancer}\n"
        )
        #expect(d.map(\.message) == ["virtual IP 'vip' is declared on host 'h', but it floats between its members"])
        #expect(d.first?.location?.line == 5)
    }
}

/// swiftc's notes say what a builder block expected; they are kept (issue 12).
@Suite struct CompilerNoteTests {
    @Test func keepsNotesAndExplainsTheBuilderContext() throws {
        let output = """
            /m/bad.swift:5:9: error: no exact matches in call to static method 'buildExpression'
            3 | let architecture = Architecture("bad") {
              |         `- error: no exact matches in call to static method 'buildExpression'
            TopographDSL.ContentBuilder.buildExpression:2:20: note: candidate expects value of type 'ZoneContent' for parameter #1 (got 'Allow')
              |                    `- note: candidate expects value of type 'ZoneContent' for parameter #1 (got 'Allow')
            TopographDSL.ContentBuilder.buildExpression:2:20: note: candidate expects value of type '[any ZoneContent]' for parameter #1 (got 'Allow')
            """
        let d = try #require(RunDiagnostics.compilerErrors(output, path: "/m/bad.swift", termination: .exited(1)).only)
        #expect(d.location == SourceLocation(file: "/m/bad.swift", line: 5, column: 9))
        #expect(
            d.hint == """
                'Allow' cannot be written inside a Zone: a Zone holds servers and stand-alone components; 'Allow' belongs inside a Firewall.
                  note: candidate expects value of type 'ZoneContent' for parameter #1 (got 'Allow')
                  note: candidate expects value of type '[any ZoneContent]' for parameter #1 (got 'Allow')
                """)
    }
}

extension Array {
    fileprivate var only: Element? { count == 1 ? first : nil }
}
