import Foundation
import Testing
import TopographModel

@testable import TopographCommands

@Suite struct ArchitectureDiffTests {
    static let old = Architecture(
        name: "two-servers", domain: "www.foobar.com",
        zones: [Zone(id: "internet", kind: .internet), Zone(id: "dmz", kind: .dmz), Zone(id: "private", kind: .private)],
        hosts: [Host(id: "server-1", zone: "private"), Host(id: "server-2", zone: "private")],
        components: [
            Component(id: "user", spec: .client, zone: "internet"),
            Component(
                id: "lb", spec: .loadBalancer(LoadBalancerSpec(backends: ["web-1", "web-2"])), zone: "dmz",
                software: Software(product: "HAProxy", version: "2.8"), ports: [80]),
            Component(id: "web-1", spec: .webServer, host: "server-1", ports: [80]),
            Component(id: "web-2", spec: .webServer, host: "server-2", ports: [80]),
        ],
        flows: [
            Flow(from: "user", to: "lb", protocol: "http"),
            Flow(from: "lb", to: "web-1", protocol: "http"),
            Flow(from: "lb", to: "web-2", protocol: "http"),
        ])

    static let new: Architecture = {
        var a = old
        a.name = "secured"
        a.zones.append(Zone(id: "saas", name: "Sumo | SaaS", kind: .external))
        a.hosts.removeLast()
        a.components[1].ports = [443]
        a.components[1].tls = TLSEndpoint(mode: .terminate, certificate: "www-cert", minVersion: "1.2")
        a.components[1].spec = .loadBalancer(LoadBalancerSpec(backends: ["web-1"]))
        a.components.removeLast()
        a.components.insert(
            Component(
                id: "edge-firewall",
                spec: .firewall(
                    FirewallSpec(
                        scope: .network, rules: [FirewallRule(action: .allow, peer: "internet", ports: [PortRange(443)])], protects: ["lb"])
                ),
                zone: "dmz"), at: 1)
        a.components.append(
            Component(id: "sumo", name: "Sumo *Logic*", spec: .monitoringPlatform(MonitoringPlatformSpec(saas: true)), zone: "saas"))
        a.certificates = [Certificate(id: "www-cert", subject: "www.foobar.com", installedOn: ["lb"])]
        a.flows = [Flow(from: "user", to: "lb", protocol: "https"), Flow(from: "lb", to: "web-1", protocol: "http")]
        return a
    }()

    static let oldFindings = [
        Finding(
            ruleID: "tls.no-encryption", severity: .error, message: "user reaches lb over plaintext http", elements: ["user->lb"],
            recommendation: "-"),
        Finding(ruleID: "firewall.missing", severity: .warning, message: "lb has no firewall", elements: ["lb"], recommendation: "-"),
    ]
    static let newFindings = [
        Finding(ruleID: "firewall.missing", severity: .warning, message: "lb has no firewall", elements: ["lb"], recommendation: "-"),
        Finding(
            ruleID: "tls.plaintext-after-termination", severity: .warning, message: "lb forwards decrypted traffic to web-1 | over http",
            elements: ["lb", "web-1"], recommendation: "-"),
        Finding(ruleID: "hygiene.x", severity: .note, message: "a note", elements: ["sumo"], recommendation: "-"),
    ]

    var diff: ArchitectureDiff {
        ArchitectureDiff.compute(old: Self.old, new: Self.new, oldFindings: Self.oldFindings, newFindings: Self.newFindings)
    }

    @Test func reportsElementsByStatusWithFieldChanges() {
        let diff = self.diff
        #expect(diff.changes(in: .zone).map { "\($0.status) \($0.id)" } == ["added saas"])
        #expect(diff.changes(in: .host).map { "\($0.status) \($0.id)" } == ["removed server-2"])
        #expect(
            diff.changes(in: .component).map { "\($0.status) \($0.id)" } == [
                "added edge-firewall", "changed lb", "added sumo", "removed web-2",
            ])
        #expect(
            diff.changes(in: .component, .changed).first?.fields == [
                .init(field: "tls.mode", old: nil, new: "terminate"),
                .init(field: "tls.certificate", old: nil, new: "www-cert"),
                .init(field: "tls.minVersion", old: nil, new: "1.2"),
                .init(field: "ports", old: "[80]", new: "[443]"),
                .init(field: "loadBalancer.backends", old: "[web-1, web-2]", new: "[web-1]"),
            ])
        #expect(diff.changes(in: .flow).map { "\($0.status) \($0.id)" } == ["changed user->lb", "removed lb->web-2"])
        #expect(
            diff.changes(in: .flow, .changed).first?.fields == [
                .init(field: "protocol", old: "http", new: "https"), .init(field: "port", old: "80", new: "443"),
                .init(field: "encrypted", old: "false", new: "true"),
            ])
        #expect(diff.changes(in: .certificate).map(\.summary) == ["certificate for www.foobar.com on lb"])
        #expect(diff.changes(in: .design).first?.fields == [.init(field: "name", old: "two-servers", new: "secured")])
    }

    @Test func findingsMatchByFingerprint() {
        let diff = self.diff
        #expect(diff.introduced.map(\.ruleID) == ["tls.plaintext-after-termination", "hygiene.x"])
        #expect(diff.resolved.map(\.ruleID) == ["tls.no-encryption"])
        #expect(LintVerdict(threshold: .warning).failing(diff.introduced).map(\.ruleID) == ["tls.plaintext-after-termination"])
        #expect(LintVerdict(threshold: .error).failing(diff.introduced).isEmpty)
    }

    @Test func aFindingOnTheSamePrimaryElementIsChangedNotIntroduced() {
        func identical(_ servers: [ElementID]) -> Finding {
            Finding(
                ruleID: "shared-fate.identical-servers", severity: .warning, message: "\(servers.count) identical servers",
                elements: servers, recommendation: "-")
        }
        let diff = ArchitectureDiff.compute(
            old: Self.old, new: Self.old, oldFindings: [identical(["server-1", "server-2"])],
            newFindings: [identical(["server-1", "server-2", "server-3"]), identical(["server-4", "server-5"])])
        #expect(diff.changedFindings.map { "\($0.old.message) -> \($0.new.message)" } == ["2 identical servers -> 3 identical servers"])
        #expect(diff.introduced.map(\.elements) == [["server-4", "server-5"]])
        #expect(diff.resolved.isEmpty)
        #expect(
            DiffText.render(diff, verdict: LintVerdict(threshold: .warning)).contains(
                """
                  ~ warning shared-fate.identical-servers: 3 identical servers
                      was: 2 identical servers
                """))
    }

    @Test func identicalModelsHaveAnEmptyDiff() {
        let same = ArchitectureDiff.compute(old: Self.new, new: Self.new, oldFindings: Self.newFindings, newFindings: Self.newFindings)
        #expect(same.isEmpty)
        #expect(DiffText.render(same, verdict: LintVerdict(threshold: .warning)) == "architecture diff: secured -> secured\nno changes\n")
    }

    @Test func textMarkdownAndDOTMatchGoldenFiles() throws {
        try expectGolden(DiffText.render(diff, verdict: LintVerdict(threshold: .warning)), "diff.txt")
        try expectGolden(DiffMarkdown.render(diff, verdict: LintVerdict(threshold: .warning)), "diff.md")
        try expectGolden(DiffDiagram.dot(diff, old: Self.old, new: Self.new), "diff.dot")
    }

    @Test func markdownEscapesModelText() {
        #expect(DiffMarkdown.escape("a *b* <c> | d_e") == #"a \*b\* \<c\> \| d\_e"#)
        #expect(DiffMarkdown.code("x`y") == "``x`y``")
        #expect(DiffMarkdown.code("`x") == "`` `x ``")
    }
}
