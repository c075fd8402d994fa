import Foundation
import Testing
import TopographModel

@testable import TopographCommands

@Suite struct FieldFlattenerTests {
    @Test func nestedListsOfObjectsAreIndexedAndListsOfValuesAreOneField() {
        func firewall(_ rules: [FirewallRule], protects: [ElementID]) -> Component {
            Component(id: "fw", spec: .firewall(FirewallSpec(scope: .network, rules: rules, protects: protects)), zone: "dmz")
        }
        let old = firewall([FirewallRule(action: .allow, peer: "internet", ports: [PortRange(443)])], protects: ["lb"])
        let new = firewall(
            [
                FirewallRule(action: .allow, peer: "internet", ports: [PortRange(443), PortRange(8000, 8080)]),
                FirewallRule(action: .deny, peer: "10.0.0.0/8"),
            ], protects: ["lb", "web"])
        #expect(
            FieldFlattener.diff(old, new) == [
                .init(field: "firewall.rules[0].ports", old: "[443]", new: "[443, 8000-8080]"),
                .init(field: "firewall.rules[1].action", old: nil, new: "deny"),
                .init(field: "firewall.rules[1].direction", old: nil, new: "ingress"),
                .init(field: "firewall.rules[1].peer", old: nil, new: "10.0.0.0/8"),
                .init(field: "firewall.rules[1].ports", old: nil, new: "[]"),
                .init(field: "firewall.rules[1].transport", old: nil, new: "tcp"),
                .init(field: "firewall.protects", old: "[lb]", new: "[lb, web]"),
            ])
        #expect(FieldFlattener.diff(new, old).map(\.field).suffix(1) == ["firewall.rules[1].transport"])
    }

    @Test func initAddsTheCacheToGitignoreOnce() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(InitCommand.gitignore(in: root) == "# topograph generate's cache (hashes of inputs and outputs)\n/.topograph-cache/\n")
        try Data("build/".utf8).write(to: root.appendingPathComponent(".gitignore"))
        #expect(InitCommand.gitignore(in: root)?.hasPrefix("build/\n# topograph generate's cache") == true)
        try Data("/.topograph-cache/\n".utf8).write(to: root.appendingPathComponent(".gitignore"))
        #expect(InitCommand.gitignore(in: root) == nil)
    }
}
