import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// schemas/topograph-model.schema.json: the reference models and dumps validate, mistakes do not,
/// and the schema lists exactly the kinds and keys the loader accepts.
@Suite struct SchemaTests {
    static func validator() throws -> SchemaValidator {
        SchemaValidator(
            root: try JSONValue.parse(try String(contentsOfFile: Repo.path("schemas/topograph-model.schema.json"), encoding: .utf8)))
    }

    @Test(arguments: Repo.referenceModels)
    func referenceModelsAndTheirDumpsValidate(name: String) throws {
        let validator = try Self.validator()
        let text = try String(contentsOfFile: Repo.path("models/\(name).yaml"), encoding: .utf8)
        #expect(validator.validate(try JSONValue.parse(text)) == [])
        let model = try ModelLoader.load(Repo.path("models/\(name).yaml"))
        #expect(validator.validate(try JSONValue.parse(try ModelDump.json(model, locations: true))) == [])
        #expect(validator.validate(try JSONValue.parse(try ModelDump.yaml(model))) == [])
    }

    @Test func invalidModelsAreRejected() throws {
        let validator = try Self.validator()
        let cases = [
            "zones: []",  // no name
            "name: m\nservers: []",
            "name: m\nzones: [{id: z, kind: lan}]",
            "name: m\ncomponents: [{id: c, kind: webServer, database: {role: primary}}]",
            "name: m\ncomponents: [{id: c, kind: client, ports: [70000]}]",
            "name: m\ncomponents: [{id: d, kind: dnsRecord}]",
            "name: m\nflows: [{from: a, to: b}]",
            "name: m\nflows: [{from: a, to: b, protocol: http, port: \"80\"}]",
            "name: m\nacceptedRisks: [{rule: r, reason: x, expires: soon}]",
        ]
        for text in cases {
            #expect(!validator.validate(try JSONValue.parse(text)).isEmpty, "\(text) validated")
        }
    }

    @Test func schemaKindsAndKeysMatchTheLoader() throws {
        guard case .object(let root) = try Self.validator().root, case .object(let defs)? = root["$defs"] else {
            Issue.record("schema has no $defs")
            return
        }
        for kind in ComponentKind.allCases {
            guard case .object(let def)? = defs["\(kind.rawValue)Component"], case .object(let properties)? = def["properties"] else {
                Issue.record("schema lacks component kind \(kind)")
                continue
            }
            let expected = ArchitectureDecoder.componentKeys + (ArchitectureDecoder.specKind(for: kind).map { [$0.rawValue] } ?? [])
            #expect(Set(properties.keys) == Set(expected), "keys of \(kind)")
        }
        guard case .object(let top)? = root["properties"] else {
            Issue.record("schema has no top-level properties")
            return
        }
        #expect(Set(top.keys) == Set(ArchitectureDecoder.topLevelKeys))
    }
}
