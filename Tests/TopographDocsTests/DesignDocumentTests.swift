import Foundation
import Testing
import TopographDocs
import TopographModel

@Suite struct DesignDocumentTests {
    let architecture = HandBuilt.securedAndMonitored()

    func document(_ options: DocumentOptions = DocumentOptions(diagramPath: "diagram.svg")) -> String {
        DesignDocument.markdown(for: architecture, findings: HandBuilt.findings, catalogue: HandBuilt.catalogue, options: options)
    }

    @Test func matchesGolden() throws {
        try Golden.check(document(), "hand-built-secured-and-monitored.md")
    }

    @Test func isDeterministic() {
        #expect(document() == document())
        #expect(
            document()
                == DesignDocument.markdown(
                    for: HandBuilt.securedAndMonitored(), findings: HandBuilt.findings,
                    catalogue: HandBuilt.catalogue, options: DocumentOptions(diagramPath: "diagram.svg")))
    }

    @Test func sectionsComeInReviewOrder() {
        let check = StructureCheck(document())
        #expect(check.headings(level: 1) == ["secured-and-monitored"])
        #expect(
            check.headings(level: 2) == [
                "At a glance", "How a request flows", "Specifics about this infrastructure", "Failure modes", "Inventory",
                "Issues with this infrastructure", "Recommendations", "Accepted risks", "Appendix: rules checked",
            ])
        #expect(
            check.headings(level: 3).starts(with: [
                "Zones", "Stand-alone components", "Host server-1", "Host server-2", "Host server-3", "Certificates",
            ]))
        #expect(
            check.headings(level: 4) == [
                "1. Traffic travels in plaintext after TLS termination", "2. Traffic travels in plaintext after TLS termination",
                "3. Only one database node accepts writes", "4. A single load balancer is a single point of failure",
            ])
    }

    @Test func tablesHaveTheirColumns() {
        let check = StructureCheck(document())
        check.expectRectangularTables()
        let headers = check.tables.map(\.header)
        #expect(headers.contains(["Name", "Kind", "Host", "Zone", "Software"]))
        #expect(headers.contains(["From", "To", "Protocol", "Port", "Encrypted", "Purpose"]))
        #expect(headers.contains(["Name", "Type", "Resolves to", "TTL", "Record"]))
        #expect(headers.contains(["Firewall", "Rule", "Action", "Direction", "Peer", "Transport", "Ports", "Note"]))
        #expect(headers.contains(["Measure", "Value", "Details"]))
        // One row per component and per flow, plus the header.
        let components = check.tables.first { $0.header.first == "Name" && $0.header.count == 5 && $0.header[1] == "Kind" }
        #expect(components?.rowCells.count == architecture.components.count + 1)
        let flows = check.tables.first { $0.header.first == "From" }
        #expect(flows?.rowCells.count == architecture.flows.count + 1)
    }

    @Test func linksResolveToAnchorsAndFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-docs-links-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("<svg/>".utf8).write(to: directory.appendingPathComponent("diagram.svg"))
        let check = StructureCheck(document())
        #expect(check.danglingLinks(base: directory) == [])
        #expect(check.links.contains { $0.type == "image" && $0.url == "diagram.svg" })
        // Without the file the same check fails: the test can tell.
        #expect(check.danglingLinks(base: directory.appendingPathComponent("missing")) == ["diagram.svg"])
    }

    @Test func noDiagramAndNoDateByDefault() {
        let text = document(DocumentOptions())
        #expect(!text.contains("!["))
        #expect(!text.contains("Generated on"))
        let dated = document(DocumentOptions(date: "2026-11-25", title: "Foobar web stack"))
        #expect(dated.contains("Generated on 2026-11-25."))
        #expect(dated.hasPrefix("# Foobar web stack\n"))
    }

    @Test func proseComesFromTheModelNotTheKind() {
        let text = document()
        // The firewall's paragraph lists its actual rules; the primary says it alone takes writes.
        #expect(text.contains("Rules, first match wins: (1) allow ingress tcp 443 from zone `internet`."))
        #expect(text.contains("The primary: the only node accepting writes."))
        #expect(text.contains("A read-only replica of `db-1`, replicating asynchronously."))
        #expect(text.contains("TLS terminates at `lb`"))
        #expect(text.contains("**in plaintext** across the network"))
        // Change the model, and the prose follows.
        var changed = architecture
        if let i = changed.components.firstIndex(where: { $0.id == "db-2" }) {
            changed.components[i].spec = .database(
                DatabaseSpec(engine: "mysql", role: .replica, replicatesFrom: "db-1", readOnly: true, replication: .semiSync))
        }
        let other = DesignDocument.markdown(for: changed, findings: [], catalogue: [], options: DocumentOptions())
        #expect(other.contains("A read-only replica of `db-1`, replicating semi-synchronously."))
        #expect(other.contains("The validator checked 0 rules and found nothing to report."))
    }

    @Test func recommendationsAreDeduplicatedAndLinked() {
        let text = document()
        let recommendations = text.components(separatedBy: "## Recommendations")[1].components(separatedBy: "## Accepted risks")[0]
        #expect(recommendations.components(separatedBy: "Re-encrypt from the load balancer to the backends").count == 2)
        #expect(
            recommendations.contains(
                "fixes issues [1](#1-traffic-travels-in-plaintext-after-tls-termination) and [2](#2-traffic-travels-in-plaintext-after-tls-termination)"
            ))
        // The accepted finding is documented, not recommended.
        #expect(!recommendations.contains("single load balancer"))
        let first = recommendations.range(of: "plaintext")!.lowerBound
        let second = recommendations.range(of: "database")!.lowerBound
        #expect(first < second, "errors come before warnings")
    }
}
