import Testing
import TopographDSL

/// Dates and references are checked by one checker whichever form a model takes: the Swift DSL
/// rejects what YAML rejects, at the line that wrote it.
@Suite struct StrictValuesTests {
    @Test(arguments: ["zzz", "2099-99-99", "2026-02-30", "31.12.2026"])
    func anAcceptedRiskMustExpireOnARealDate(_ until: String) throws {
        let line = #line + 3
        let design = Architecture("dates") {
            Zone("z", .dmz) { WebServer("web") }
            AcceptRisk("hygiene.names", on: "web", because: "legacy", until: until)
        }
        let diagnostic = try #require(design.diagnostics.only)
        #expect(
            diagnostic.message == "accepted risk for rule 'hygiene.names': 'expires' must be a date written YYYY-MM-DD, found '\(until)'")
        #expect(diagnostic.location?.line == line)
        #expect(throws: (any Error).self) { try design.lower() }
    }

    @Test func aCertificateMustExpireOnARealDate() throws {
        let line = #line + 3
        let design = Architecture("dates") {
            Zone("z", .dmz) { WebServer("web") }
            Certificate("cert", subject: "example.com", expires: "not-a-date", installedOn: ["web"])
        }
        let diagnostic = try #require(design.diagnostics.only)
        #expect(diagnostic.message == "certificate 'cert': 'expires' must be a date written YYYY-MM-DD, found 'not-a-date'")
        #expect(diagnostic.location?.line == line)
    }

    @Test func validDatesPass() {
        let design = Architecture("dates") {
            Zone("z", .dmz) { WebServer("web") }
            Certificate("cert", subject: "example.com", expires: "2028-02-29", installedOn: ["web"])
            AcceptRisk("hygiene.names", on: "web", because: "legacy", until: "2027-01-31")
        }
        #expect(design.diagnostics.isEmpty)
    }

    @Test func aFirewallRuleForAnUnknownPeerIsAReferenceError() throws {
        let line = #line + 4
        let design = Architecture("peers") {
            Zone("z", .dmz) {
                WebServer("web")
                Firewall("fw", protects: ["z"]) {
                    Allow(from: "internt", port: 443)
                    Allow(from: "z", port: 80)
                    Allow(from: "10.0.0.0/8", port: 22)
                    Allow(from: "any", port: 8080)
                }
            }
        }
        let diagnostic = try #require(design.diagnostics.only)
        #expect(diagnostic.message == "'fw' has a rule for peer 'internt', which is not a declared zone, host or component")
        #expect(diagnostic.location?.line == line)
    }
}

extension Collection {
    fileprivate var only: Element? { count == 1 ? first : nil }
}
