import Testing
import TopographModel
import TopographSynthetic

@Suite struct ServerGroupingTests {
    @Test func replicasFoldIntoOneServer() {
        let result = ServerGrouping.collapse(SyntheticModels.securedAndMonitored(servers: 3000))
        let model = result.architecture
        #expect(result.groups.count == 1)
        #expect(result.groups.first?.representative == "server-2")
        #expect(result.groups.first?.count == 2999)
        #expect(result.hostsRemoved == 2998)
        #expect(result.summary == "grouped 2999 identical servers: server-2..3000 (x2999)")
        #expect(model.hosts.map(\.id) == ["server-1", "server-2"])
        #expect(model.hosts.map(\.displayName) == ["server-1", "server-2..3000 (x2999)"])
        #expect(model.components.count == 15)
        #expect(model.components.first { $0.id == "web-2" }?.name == "web-2..3000 (x2999)")
        #expect(model.components.first { $0.id == "lb" }?.spec.loadBalancer?.backends == ["web-1", "web-2"])
        // What each kept element stands for: the lb still balances over 3000 web servers.
        #expect(result.multiplicity["server-2"] == 2999 && result.multiplicity["web-2"] == 2999)
        #expect(result.multiplicity["web-1"] == nil && result.multiplicity.count == 6)
        #expect(model.certificates.first?.installedOn == ["lb", "web-1", "web-2"])
        #expect(model.flows.count == 13)
        #expect(model.flows.filter { $0.from == "db-2" }.map(\.id) == ["db-2->db-1:replication"])
        #expect(ModelChecker.check(model).isEmpty)
    }

    @Test func collapsedShapeDoesNotDependOnScale() {
        let small = ServerGrouping.collapse(SyntheticModels.securedAndMonitored(servers: 30)).architecture
        let large = ServerGrouping.collapse(SyntheticModels.securedAndMonitored(servers: 3000)).architecture
        #expect(small.components.map(\.id) == large.components.map(\.id))
        #expect(small.flows == large.flows)
    }

    @Test func uniqueHostsAreLeftAlone() {
        let model = SyntheticModels.securedAndMonitored(servers: 2)
        let result = ServerGrouping.collapse(model)
        #expect(result.groups.isEmpty)
        #expect(result.summary == nil)
        #expect(result.architecture == model)
    }

    @Test func minimumGroupSizeIsHonoured() {
        let model = SyntheticModels.securedAndMonitored(servers: 4)
        #expect(ServerGrouping.collapse(model, minimumGroupSize: 4).groups.isEmpty)
        #expect(ServerGrouping.collapse(model, minimumGroupSize: 3).groups.map(\.count) == [3])
    }

    @Test func differentZonesOrFlowsKeepHostsApart() {
        var model = SyntheticModels.securedAndMonitored(servers: 4)
        model.zones.append(Zone(id: "private-b", kind: .private))
        model.hosts[3].zone = "private-b"
        model.flows.append(Flow(from: "app-3", to: "sumo", protocol: "https", purpose: .logs))
        let result = ServerGrouping.collapse(model)
        #expect(result.groups.isEmpty)
    }

    @Test func representativeFlowsKeepTheirIDsAndMovedTwinsGo() {
        var model = SyntheticModels.securedAndMonitored(servers: 3)
        let index = model.flows.firstIndex { $0.id == "web-2->app-2" }!
        model.flows[index].id = "checkout"
        model.flows.append(Flow(from: "user", to: "web-3", protocol: "https", purpose: .admin))
        model.flows.append(Flow(from: "user", to: "web-2", protocol: "https", purpose: .admin))
        let ids = ServerGrouping.collapse(model).architecture.flows.map(\.id)
        #expect(ids.contains("checkout"))
        #expect(!ids.contains("web-3->app-3") && !ids.contains("web-2->app-2"))
        #expect(ids.filter { $0.rawValue.hasSuffix(":admin") } == ["user->web-2:admin"])
    }

    @Test func labelsNameTheRange() {
        #expect(ServerGrouping.label(for: ["server-2", "server-3000"]) == "server-2..3000 (x2)")
        #expect(ServerGrouping.label(for: ["a", "b", "c"]) == "a..c (x3)")
        #expect(ServerGrouping.label(for: ["solo"]) == "solo")
    }
}
