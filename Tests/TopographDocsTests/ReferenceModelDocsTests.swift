import Foundation
import Testing
import TopographDocs
import TopographModel
import TopographModelFiles
import TopographValidation

/// The design document of every reference model, loaded and validated the way the CLI does.
@Suite struct ReferenceModelDocsTests {
    static func document(_ model: String) throws -> String {
        let architecture = try ModelLoader.load(Repo.path("models/\(model).yaml"))
        let findings = Validator.validate(architecture, today: "2026-01-01")
        return DesignDocument.markdown(for: architecture, findings: findings, catalogue: Validator.catalogue, options: DocumentOptions())
    }

    @Test(arguments: Repo.referenceModels) func matchesGolden(model: String) throws {
        try Golden.check(try Self.document(model), "\(model).md")
    }

    @Test(arguments: Repo.referenceModels) func parsesBackWithTheSameStructure(model: String) throws {
        let check = StructureCheck(try Self.document(model))
        #expect(check.headings(level: 1) == [model])
        let sections = check.headings(level: 2)
        let required = [
            "At a glance", "How a request flows", "Specifics about this infrastructure", "Failure modes", "Inventory",
            "Issues with this infrastructure", "Recommendations", "Appendix: rules checked",
        ]
        #expect(sections.filter(required.contains) == required, "sections in review order: \(sections)")
        check.expectRectangularTables()
        #expect(check.rawHTML.isEmpty)
        #expect(check.danglingLinks(base: Repo.root) == [])
        let html = try HTMLPage.render(markdown: try Self.document(model), title: model, inlineSVG: nil)
        #expect(html.components(separatedBy: "<table>").count - 1 == check.tables.count)
    }

    @Test func theCanonicalModelReadsLikeAReview() throws {
        let text = try Self.document("secured-and-monitored")
        // Where TLS ends, what travels in plaintext, the write node, firewalls and monitoring, all named.
        #expect(text.contains("TLS terminates at `lb`, which presents certificate `www-cert`"))
        #expect(text.contains("**in plaintext** across the network"))
        #expect(text.contains("`db-1` is the primary and the only node accepting writes."))
        #expect(text.contains("`edge-firewall` admits it under rule 1 (allow ingress tcp 443 from zone `internet`)"))
        #expect(text.contains("`fw-1`, `fw-2` and `fw-3` each admit it under rule 1 (allow ingress tcp 80 from `lb`)"))
        #expect(text.contains("A read-only replica of `db-1`, replicating asynchronously."))
        #expect(text.contains("| Hosts with a monitoring agent | 3 of 3 | none missing |"))
        #expect(text.contains("The private key also sits on `web-1`, `web-2` and `web-3`"))
    }
}
