import Foundation
import Testing
import TopographModel
import TopographModelFiles
import TopographSynthetic

/// The text forms load back to the model they were written from.
@Suite struct SyntheticFilesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func write(_ text: String, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [1, 3, 30])
    func yamlLoadsBackEqual(servers: Int) throws {
        let path = try write(SyntheticModels.securedAndMonitoredYAML(servers: servers), name: "model.yaml")
        #expect(try ModelLoader.load(path) == SyntheticModels.securedAndMonitored(servers: servers))
    }

    @Test func jsonLoadsBackEqual() throws {
        let model = SyntheticModels.securedAndMonitored(servers: 4)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let path = try write(String(decoding: try encoder.encode(model), as: UTF8.self), name: "model.json")
        #expect(try ModelLoader.load(path) == model)
    }

    @Test func threeServersHaveTheReferenceModelsElements() throws {
        let reference = try ModelLoader.load(Self.repository.appendingPathComponent("models/secured-and-monitored.yaml").path)
        let synthetic = SyntheticModels.securedAndMonitored(servers: 3)
        #expect(synthetic.zones == reference.zones)
        #expect(synthetic.hosts == reference.hosts)
        #expect(Set(synthetic.components.map(\.id)) == Set(reference.components.map(\.id)))
        #expect(synthetic == reference)
        #expect(Set(synthetic.flows) == Set(reference.flows))
        #expect(synthetic.certificates == reference.certificates)
        for component in reference.components {
            let twin = synthetic.components.first { $0.id == component.id }
            #expect(twin?.kind == component.kind && twin?.software == component.software, "\(component.id)")
            #expect(twin?.host == component.host && twin?.zone == component.zone, "\(component.id)")
        }
    }
}
