import Foundation
import Testing
import TopographModel
import TopographTestSupport

@testable import TopographModelFiles

/// `docs/model.md`, the generated reference of kinds, fields, protocols and default ports.
@Suite struct ModelReferenceTests {
    static func reference() throws -> String {
        let schema = try Data(contentsOf: URL(fileURLWithPath: Repo.path("schemas/topograph-model.schema.json")))
        return try ModelReference.markdown(schema: schema)
    }

    /// Fails when the schema, a kind or the protocol table changed without regenerating the docs;
    /// `TOPOGRAPH_RECORD=1` regenerates.
    @Test func docsModelIsFresh() throws {
        try GoldenFile.expect(try Self.reference(), at: URL(fileURLWithPath: Repo.path("docs/model.md")))
    }

    @Test func namesEveryKindAndProtocol() throws {
        let text = try Self.reference()
        for kind in ComponentKind.allCases { #expect(text.contains("### `\(kind.rawValue)`"), "\(kind)") }
        for p in ProtocolTable.all { #expect(text.contains("| `\(p.name)` |"), "\(p.name)") }
        #expect(text.contains("| `postgresql+tls` | `postgres+tls` | 5432 | tcp | yes |"))
    }
}
