import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// The YAML twin of the DSL's StrictValuesTests: the same checker, positioned at the entry.
@Suite struct YAMLStrictValuesTests {
    func messages(_ yaml: String) -> [String] {
        do {
            _ = try YAMLModelLoader.load(text: yaml, file: "m.yaml")
            return []
        } catch let error as ModelError {
            return error.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.message)" }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func anAcceptedRiskNamingAnUnknownElementHasItsLine() {
        #expect(
            messages("name: m\nacceptedRisks:\n  - {rule: r, reason: ok}\n  - {rule: r, element: ghost, reason: ok}\n")
                == ["4:5: accepted risk for rule 'r' names 'ghost', which is not a declared element"])
    }

    @Test func datesAreCheckedAsInTheDSL() {
        #expect(
            messages("name: m\nacceptedRisks:\n  - {rule: r, reason: ok, expires: zzz}\n")
                == ["3:5: accepted risk for rule 'r': 'expires' must be a date written YYYY-MM-DD, found 'zzz'"])
        #expect(
            messages("name: m\nhosts: [{id: h}]\ncertificates:\n  - {id: c, subject: x, expires: 2026-02-30, installedOn: [h]}\n")
                == ["4:5: certificate 'c': 'expires' must be a date written YYYY-MM-DD, found '2026-02-30'"])
    }

    @Test func aFirewallRuleForAnUnknownPeerIsAReferenceError() {
        let yaml = """
            name: m
            zones: [{id: z, kind: dmz}]
            components:
              - id: fw
                kind: firewall
                firewall: {protects: [z], rules: [{action: allow, peer: internt, ports: [443]}, {action: allow, peer: 10.0.0.0/8, ports: [22]}]}
            """
        #expect(messages(yaml) == ["4:5: 'fw' has a rule for peer 'internt', which is not a declared zone, host or component"])
    }
}
