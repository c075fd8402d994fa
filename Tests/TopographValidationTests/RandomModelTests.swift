import Testing
import TopographModel
import TopographTestSupport

@testable import TopographValidation

/// Arbitrary models (dangling references, cycles, odd firewalls included) never crash the
/// validator and always give the same, well-ordered findings.
@Suite struct RandomModelTests {
    static func randomModel(_ g: inout SeededGenerator) -> Architecture {
        let zones = standardZones
        let hosts = (0..<Int.random(in: 0...4, using: &g)).map { Host(id: "h\($0)", zone: zones.randomElement(using: &g)!.id) }
        let ids = (0..<Int.random(in: 1...14, using: &g)).map { ElementID("c\($0)") }
        func any() -> ElementID { (ids + hosts.map(\.id) + ["ghost"]).randomElement(using: &g)! }
        func host() -> ElementID? { Bool.random(using: &g) ? hosts.randomElement(using: &g)?.id : nil }
        let components: [Component] = ids.map { id in
            let tls =
                Bool.random(using: &g)
                ? TLSEndpoint(
                    mode: TLSMode.allCases.randomElement(using: &g)!, certificate: "cert",
                    minVersion: ["1.0", "1.2", nil].randomElement(using: &g)!) : nil
            let spec: ComponentSpec
            switch Int.random(in: 0..<10, using: &g) {
            case 0: spec = .client
            case 1: spec = .dnsRecord(DNSRecordSpec(type: .a, name: "x.example", targets: [any()]))
            case 2:
                let rule = FirewallRule(
                    action: Bool.random(using: &g) ? .allow : .deny,
                    peer: [nil, "any", "dmz", "10.0.0.0/8", "c1"].randomElement(using: &g)!,
                    ports: [PortRange(Int.random(in: 1...9000, using: &g))])
                spec = .firewall(
                    FirewallSpec(scope: Bool.random(using: &g) ? .host : .network, defaultIngress: .deny, rules: [rule], protects: [any()]))
            case 3:
                spec = .loadBalancer(
                    LoadBalancerSpec(mode: ClusterMode.allCases.randomElement(using: &g)!, cluster: [any()], backends: [any(), any()]))
            case 4: spec = .webServer
            case 5: spec = .appServer
            case 6:
                spec = .database(
                    DatabaseSpec(
                        engine: "mysql", role: DatabaseRole.allCases.randomElement(using: &g)!,
                        replicatesFrom: Bool.random(using: &g) ? any() : nil, readOnly: [true, false, nil].randomElement(using: &g)!,
                        replication: ReplicationMode.allCases.randomElement(using: &g)))
            case 7: spec = .monitoringAgent(MonitoringAgentSpec(shipsTo: any()))
            case 8: spec = .monitoringPlatform(MonitoringPlatformSpec())
            default: spec = .cache(CacheSpec())
            }
            return Component(
                id: id, spec: spec, host: host(), zone: zones.randomElement(using: &g)!.id, tls: tls,
                ports: Bool.random(using: &g) ? [80, 443, 3306] : [])
        }
        let flows = (0..<Int.random(in: 0...20, using: &g)).map { _ in
            Flow(
                from: any(), to: any(), protocol: ["http", "https", "mysql", "dns"].randomElement(using: &g)!,
                purpose: FlowPurpose.allCases.randomElement(using: &g)!)
        }
        let certs = [Certificate(id: "cert", subject: "x.example", expires: "2026-01-01", installedOn: [any(), any()])]
        return Architecture(
            name: "random", zones: zones, hosts: hosts, components: components, certificates: certs, flows: flows,
            acceptedRisks: [AcceptedRisk(rule: "hygiene.disconnected-element", element: any(), reason: "r", expires: "2026-06-01")]
        ).located()
    }

    @Test func randomModelsValidateDeterministically() {
        var g = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            let model = Self.randomModel(&g)
            let findings = Validator.validate(model, today: "2026-03-01")
            #expect(findings == Validator.validate(model, today: "2026-03-01"))
            #expect(findings == FindingOrder.sorted(findings.shuffled(using: &g)))
            for f in findings {
                #expect(!f.elements.isEmpty && !f.message.isEmpty && !f.recommendation.isEmpty, "\(f.ruleID) \(f.elements) [\(f.message)]")
            }
        }
    }

    /// The rules run concurrently; the result is the one of running them one after another.
    @Test func concurrentRulesGiveTheSequentialResult() {
        var g = SeededGenerator(seed: 7)
        for model in [ReferenceModels.securedAndMonitored()] + (0..<100).map({ _ in Self.randomModel(&g) }) {
            let context = ValidationContext(model, today: "2026-03-01")
            let sequential = RuleRegistry.all.flatMap { $0.check(context) }
            let expected = FindingOrder.sorted(
                AcceptedRisks.apply(model.acceptedRisks, to: sequential, today: "2026-03-01"))
            #expect(Validator.validate(model, today: "2026-03-01") == expected)
        }
    }
}
