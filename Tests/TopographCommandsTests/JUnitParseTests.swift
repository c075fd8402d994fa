import Foundation
import Testing

@testable import TopographCommands

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// JUnit output parsed back with Foundation's XML parser: well-formed, counts add up, strings survive.
@Suite struct JUnitParseTests {
    static func document(_ report: LintReport) throws -> XMLDocument {
        try XMLDocument(xmlString: LintFormat.junit.render(report), options: [])
    }

    static func int(_ element: XMLElement, _ name: String) -> Int? {
        element.attribute(forName: name)?.stringValue.flatMap { Int($0) }
    }

    @Test func countsMatchTheReport() throws {
        let document = try Self.document(Fixtures.report())
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(
            suites.compactMap { $0.attribute(forName: "name")?.stringValue }
                == ["availability", "data", "firewall", "hygiene", "monitoring", "tls"])
        let cases = suites.flatMap { $0.elements(forName: "testcase") }
        #expect(cases.count == 7)
        #expect(Self.int(root, "tests") == 7)
        #expect(Self.int(root, "failures") == 3)
        #expect(Self.int(root, "skipped") == 2)
        #expect(cases.filter { !$0.elements(forName: "failure").isEmpty }.count == 3)
        #expect(cases.filter { !$0.elements(forName: "skipped").isEmpty }.count == 2)
        for suite in suites {
            let suiteCases = suite.elements(forName: "testcase")
            #expect(Self.int(suite, "tests") == suiteCases.count)
            #expect(Self.int(suite, "failures") == suiteCases.filter { !$0.elements(forName: "failure").isEmpty }.count)
        }
        // A rule without findings is one passing case.
        let passing = try #require(cases.first { $0.attribute(forName: "classname")?.stringValue == "monitoring.platform-unreachable" })
        #expect(passing.childCount == 0)
    }

    @Test func awkwardStringsRoundTrip() throws {
        let root = try #require(try Self.document(Fixtures.report()).rootElement())
        let cases = root.elements(forName: "testsuite").flatMap { $0.elements(forName: "testcase") }
        let tls = try #require(cases.first { $0.attribute(forName: "classname")?.stringValue == "tls.plaintext-after-termination" })
        let failure = try #require(tls.elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == Fixtures.plaintext.message)
        #expect(failure.stringValue?.contains("Re-encrypt:\nuse https") == true)
        let accepted = try #require(cases.first { $0.attribute(forName: "classname")?.stringValue == "monitoring.host-without-agent" })
        #expect(
            accepted.elements(forName: "skipped").first?.attribute(forName: "message")?.stringValue
                == "accepted: " + Fixtures.accepted.acceptance!.risk.reason)
        // Control characters XML cannot carry are stripped; the rest of the text survives.
        let data = try #require(cases.first { $0.attribute(forName: "classname")?.stringValue == "data.async-replication" })
        #expect(data.attribute(forName: "name")?.stringValue == "architecture (models/other team's.yaml)")
        #expect(
            data.elements(forName: "system-out").first?.stringValue?.contains("[31mred replication%0A window\n::error::injected") == true)
    }

    @Test func thresholdDecidesFailureVersusPass() throws {
        let strict = try #require(try Self.document(Fixtures.report(threshold: .note)).rootElement())
        #expect(Self.int(strict, "failures") == 4)
        let lenient = try #require(try Self.document(Fixtures.report(threshold: .error)).rootElement())
        #expect(Self.int(lenient, "failures") == 2)
    }

    @Test func xmlEscaping() {
        #expect(Escape.xml("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;")
        #expect(Escape.xml("x\u{0}\u{1B}\u{FFFE}y\tz\n") == "xy&#9;z&#10;")
        #expect(Escape.xml("é ✓ 😀") == "é ✓ 😀")
    }
}
