import Testing
import TopographDSL

/// User mistakes never trap: they come back as diagnostics pointing at the line that made them.
@Suite struct DiagnosticsTests {
    @Test func duplicateIDPointsAtTheDuplicate() throws {
        let line = #line + 4
        let design = Architecture("dup") {
            Zone("z", .dmz) {
                WebServer("web")
                AppServer("web")
            }
        }
        let diagnostic = try #require(design.diagnostics.only)
        #expect(diagnostic.message.contains("duplicate id 'web'"))
        #expect(diagnostic.location?.file == #filePath)
        #expect(diagnostic.location?.line == line)
    }

    @Test func danglingReferencesPointAtTheReferrer() {
        let line = #line + 3
        let design = Architecture("dangling") {
            Zone("z", .dmz) {
                LoadBalancer("lb", backends: ["web-9"], tls: .terminate("no-cert"))
                WebServer("web-1")
            }
            Flow("web-1", to: "db", .mysql)
        }
        #expect(design.diagnostics.map(\.location?.line) == [line, line, line + 3])
        #expect(
            design.diagnostics.map(\.message) == [
                "'lb' has backend 'web-9', which is not a declared host or component",
                "'lb' uses certificate 'no-cert', which is not a declared certificate",
                "'web-1->db' goes to 'db', which is not a declared host or component",
            ])
    }

    @Test func acceptedRiskOnAnUnknownElementHasTheRisksLine() {
        let line = #line + 2
        let design = Architecture("risk") {
            AcceptRisk("tls.plaintext-after-termination", on: "ghost", because: "legacy")
        }
        #expect(design.diagnostics.map(\.location?.line) == [line])
        #expect(design.diagnostics.first?.element?.rawValue == "ghost")
    }

    @Test func smallerMistakesAreCollectedToo() {
        let line = #line + 3
        let design = Architecture("mistakes") {
            Zone("z", .dmz) {
                Server("s", zone: "elsewhere") { WebServer("", ports: [70000]) }
            }
            AcceptRisk("hygiene.x", because: "")
        }
        let lines = design.diagnostics.map(\.location?.line)
        #expect(lines == [line, line, line, line + 2])
        #expect(design.diagnostics.contains { $0.message.contains("declared inside zone 'z'") })
        #expect(design.diagnostics.contains { $0.message.contains("port 70000") })
        #expect(design.diagnostics.contains { $0.message.contains("id must not be empty") })
        #expect(design.diagnostics.contains { $0.message.contains("needs a reason") })
    }

    @Test func lowerThrowsEveryDiagnostic() {
        let design = Architecture("dup") {
            Zone("z", .dmz) {
                Client("a")
                Client("a")
            }
        }
        do {
            _ = try design.lower()
            Issue.record("lower() should throw")
        } catch {
            #expect(error.diagnostics == design.diagnostics)
        }
    }
}

extension Array {
    /// The single element, or nil when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
