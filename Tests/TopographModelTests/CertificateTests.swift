import Testing
import TopographModel

@Suite struct CertificateTests {
    @Test func coversExactAndWildcardNames() {
        let cert = Certificate(id: "c", subject: "www.foobar.com", subjectAlternativeNames: ["*.api.foobar.com"])
        #expect(cert.covers("WWW.foobar.com"))
        #expect(cert.covers("v1.api.foobar.com"))
        #expect(!cert.covers("a.b.api.foobar.com"))
        #expect(!cert.covers("foobar.com"))
    }

    @Test func portRangesParseAndMatch() {
        #expect(PortRange(parsing: "8000-8080") == PortRange(8000, 8080))
        #expect(PortRange(parsing: "443") == PortRange(443))
        #expect(PortRange(parsing: "70000") == nil)
        #expect(PortRange(parsing: "9-1") == nil)
        let rule = FirewallRule(action: .allow, ports: [PortRange(443)])
        #expect(rule.matches(port: 443))
        #expect(!rule.matches(port: 80))
        #expect(!rule.matches(port: nil))
    }

    @Test func sourceMapsDoNotTakePartInEquality() {
        var a = Architecture(name: "x")
        var b = Architecture(name: "x")
        a.sources["x"] = SourceLocation(file: "a.swift", line: 1)
        b.sources["x"] = SourceLocation(file: "b.yaml", line: 9)
        #expect(a == b)
    }
}
