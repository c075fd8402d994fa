import Testing
import TopographModel
import TopographSynthetic

@Suite struct SyntheticModelsTests {
    @Test func threeServersHaveTheReferenceShape() {
        let model = SyntheticModels.securedAndMonitored(servers: 3)
        #expect(model.name == "secured-and-monitored")
        #expect(model.zones.map(\.id) == ["internet", "dmz", "private", "saas"])
        #expect(model.hosts.map(\.id) == ["server-1", "server-2", "server-3"])
        #expect(model.components.count == 20)
        #expect(model.flows.count == 19)
        #expect(model.certificates.first?.installedOn == ["lb", "web-1", "web-2", "web-3"])
        let kinds = Dictionary(grouping: model.components, by: \.kind).mapValues(\.count)
        #expect(kinds[.firewall] == 4)
        #expect(kinds[.database] == 3)
        #expect(kinds[.monitoringAgent] == 3)
        let replicas = model.components.compactMap(\.spec.database).filter { $0.role == .replica }
        #expect(replicas.count == 2)
        #expect(replicas.allSatisfy { $0.replicatesFrom == "db-1" && $0.readOnly == true })
        let replication = model.flows.filter { $0.purpose == .replication }.map(\.id)
        #expect(replication == ["db-2->db-1:replication", "db-3->db-1:replication"])
    }

    @Test(arguments: [1, 2, 3, 30, 300, 3000])
    func elementCountGrowsLinearly(servers: Int) {
        let model = SyntheticModels.securedAndMonitored(servers: servers)
        #expect(SyntheticModels.elementCount(model) == 12 * servers + 11)
        #expect(SyntheticModels.servers(forElements: 12 * servers + 11) == servers)
    }

    @Test(arguments: [1, 3, 300])
    func modelsAreWellFormed(servers: Int) {
        let model = SyntheticModels.securedAndMonitored(servers: servers)
        #expect(ModelChecker.check(model).isEmpty)
        let ids = model.components.map(\.id) + model.hosts.map(\.id) + model.flows.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func generationIsDeterministic() {
        #expect(SyntheticModels.securedAndMonitored(servers: 50) == SyntheticModels.securedAndMonitored(servers: 50))
        #expect(SyntheticModels.securedAndMonitoredYAML(servers: 50) == SyntheticModels.securedAndMonitoredYAML(servers: 50))
    }
}
