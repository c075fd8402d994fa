import Foundation
import Testing
import TopographDOT
import TopographGraphviz
import TopographModel

/// What the diagram says, checked through Graphviz's own parse of the DOT: who connects to whom,
/// how hops are drawn, which badges sit where.
@Suite struct DiagramContentTests {
    static let attributes = ["label", "style", "color", "shape", "fillcolor", "constraint", "xlabel", "dir"]

    func parsed(_ model: String, _ view: DiagramView, findings: [Finding] = []) throws -> ParsedGraph {
        let dot = DiagramRenderer.dot(for: try Repo.model(model), findings: findings, options: DiagramOptions(view: view))
        return try Graphviz.parse(dot: dot, attributes: Self.attributes)
    }

    func edge(_ graph: ParsedGraph, _ from: String, _ to: String) -> ParsedGraph.Element? {
        graph.edges.first { $0.name == "\(from)->\(to)" }
    }

    @Test func requestsPassThroughTheFirewallsInFrontOfTheirTargets() throws {
        let graph = try parsed("secured-and-monitored", .overview)
        #expect(edge(graph, "user", "edge-firewall")?.attributes["label"]?.contains("https:443 · TLS") == true)
        #expect(edge(graph, "edge-firewall", "lb") != nil)
        #expect(edge(graph, "user", "lb") == nil)
        // Three identical plaintext hops from lb are one bundle: one label, fanning out to the
        // three host firewalls.
        let fan = try #require(graph.edges.first { $0.name.hasPrefix("lb->bundle:") })
        #expect(fan.attributes["label"]?.contains("http:80 (plaintext)") == true)
        let junction = String(fan.name.dropFirst("lb->".count))
        for n in 1...3 {
            #expect(edge(graph, junction, "fw-\(n)")?.attributes["label"] == "")
            #expect(edge(graph, "fw-\(n)", "web-\(n)") != nil)
            #expect(edge(graph, "lb", "web-\(n)") == nil)
        }
        // Same-zone hops are drawn directly (the host firewall's rules say what it lets in); the
        // writes of app-2 and app-3 meet at a junction, one label going on to db-1.
        #expect(edge(graph, "app-1", "db-1")?.attributes["label"]?.contains("read · write") == true)
        let writes = try #require(graph.edges.first { $0.name.hasSuffix("->db-1") && $0.name.hasPrefix("bundle:") })
        #expect(writes.attributes["label"]?.contains("mysql:3306 · write (plaintext)") == true)
        let gather = String(writes.name.dropLast("->db-1".count))
        #expect(edge(graph, "app-2", gather) != nil && edge(graph, "app-3", gather) != nil)
        #expect(graph.edges.filter { $0.attributes["label"]?.contains("http:80 (plaintext)") == true }.count == 1)
    }

    /// A network firewall that guards a whole zone stands on its boundary: lines into the zone go
    /// straight to their targets and name it, instead of all funnelling through its node.
    @Test func zoneFirewallsAreNamedNotFunnelledThrough() throws {
        let model = Architecture(
            name: "zoned",
            zones: [Zone(id: "dmz", kind: .dmz), Zone(id: "app", kind: .private)],
            components: [
                Component(id: "lb", spec: .loadBalancer(LoadBalancerSpec()), zone: "dmz"),
                Component(id: "app-fw", spec: .firewall(FirewallSpec(scope: .network, protects: ["app"])), zone: "app"),
                Component(id: "app-1", spec: .appServer, zone: "app"),
                Component(id: "app-2", spec: .appServer, zone: "app"),
            ],
            flows: [
                Flow(from: "lb", to: "app-1", protocol: "http", port: 8080),
                Flow(from: "lb", to: "app-2", protocol: "http", port: 8080),
            ])
        let graph = try Graphviz.parse(dot: DiagramRenderer.dot(for: model, findings: []), attributes: Self.attributes)
        #expect(!graph.edges.contains { $0.name.hasSuffix("->app-fw") && $0.attributes["style"] != "invis" })
        #expect(graph.edges.contains { $0.attributes["label"]?.contains("http:8080 (plaintext) · via app-fw") == true })
        // The firewall still sits above what it admits.
        #expect(graph.edges.contains { $0.name.hasPrefix("app-fw->") && $0.attributes["style"] == "invis" })
    }

    @Test func hopStylesSayWhatIsEncrypted() throws {
        let graph = try parsed("secured-and-monitored", .overview)
        let secure = try #require(edge(graph, "user", "edge-firewall"))
        #expect(secure.attributes["style"] == "solid")
        let plain = try #require(graph.edges.first { $0.name.hasPrefix("lb->bundle:") })
        #expect(plain.attributes["style"] == "dashed")
        #expect(plain.attributes["color"] == "#C62828")
        let replication = try #require(edge(graph, "db-2", "db-1"))
        // The overview draws replication without words (they crowd the primary), beside the
        // primary; the data view lays it out primary first, with a label of its own.
        #expect((replication.attributes["xlabel"] ?? "").isEmpty && (replication.attributes["label"] ?? "").isEmpty)
        #expect(replication.attributes["color"] != plain.attributes["color"])
        #expect(replication.attributes["constraint"] == "false")
        let data = try #require(edge(try parsed("secured-and-monitored", .data), "db-1", "db-2"))
        #expect(data.attributes["label"]?.contains("replication · mysql:3306") == true)
        #expect(data.attributes["dir"] == "back" && data.attributes["constraint"] != "false")
        #expect(graph.edges.first { $0.name.hasPrefix("agent-1->bundle:") }?.attributes["style"] == "dotted")
        #expect(edge(graph, "user", "www-dns")?.attributes["style"] == "dotted")
        // Reads and writes between the same ends are one edge.
        #expect(edge(graph, "app-1", "db-1")?.attributes["label"]?.contains("read · write") == true)
    }

    @Test func primaryAndReplicaLookDifferent() throws {
        let graph = try parsed("secured-and-monitored", .data)
        let primary = try #require(graph.nodes.first { $0.name == "db-1" })
        let replica = try #require(graph.nodes.first { $0.name == "db-2" })
        #expect(primary.attributes["shape"] == "cylinder")
        #expect(replica.attributes["shape"] == "cylinder")
        #expect(primary.attributes["style"] != replica.attributes["style"])
        #expect(primary.attributes["fillcolor"] != replica.attributes["fillcolor"])
    }

    @Test func viewsShowTheirSubjectOnly() throws {
        let data = try parsed("secured-and-monitored", .data)
        #expect(Set(data.nodes.map(\.name).filter { !$0.hasPrefix("bundle:") }) == ["app-1", "app-2", "app-3", "db-1", "db-2", "db-3"])
        let security = try parsed("secured-and-monitored", .security)
        #expect(!security.nodes.contains { $0.name.hasPrefix("agent") || $0.name == "sumo" })
        #expect(security.nodes.contains { $0.name == "edge-firewall" })
        let monitoring = try parsed("secured-and-monitored", .monitoring)
        #expect(Set(monitoring.nodes.map(\.name)).isSuperset(of: ["agent-1", "agent-2", "agent-3", "sumo"]))
        #expect(!monitoring.nodes.contains { $0.name == "web-1" })
        // Three agents shipping alike: three lines into one junction, one labelled line to sumo.
        #expect(monitoring.edges.filter { $0.attributes["style"] != "invis" }.count == 4)
        #expect(monitoring.edges.filter { $0.attributes["label"]?.contains("metrics") == true }.count == 1)
    }

    /// The monitoring view's findings are about what nothing watches: a stand-alone load balancer
    /// (no host, so no agent) is drawn there, greyed, saying so, with its badges.
    @Test func theMonitoringViewShowsUnwatchedComponents() throws {
        let finding = Finding(
            ruleID: "monitoring.unmonitored-component", severity: .warning, message: "nothing watches lb",
            elements: ["lb"], recommendation: "scrape it")
        let graph = try parsed("secured-and-monitored", .monitoring, findings: [finding])
        let lb = try #require(graph.nodes.first { $0.name == "lb" })
        #expect(lb.attributes["label"]?.contains("not monitored") == true)
        #expect(lb.attributes["label"]?.contains(">#1<") == true)
        #expect(lb.attributes["fillcolor"] == "#F5F5F5")
        #expect(try parsed("secured-and-monitored", .data).nodes.allSatisfy { $0.name != "lb" })
    }

    /// An active-passive pair says which member holds the address: the virtual IP's first member.
    @Test func theActiveMemberOfAPairIsMarked() throws {
        func lb(_ id: ElementID, peer: ElementID) -> Component {
            Component(id: id, spec: .loadBalancer(LoadBalancerSpec(mode: .activePassive, cluster: [peer])), zone: "dmz")
        }
        let vip = Component(id: "vip", spec: .virtualIP(VirtualIPSpec(members: ["lb-b", "lb-a"])), zone: "dmz")
        let model = Architecture(
            name: "pair", zones: [Zone(id: "dmz", kind: .dmz)], components: [lb("lb-a", peer: "lb-b"), lb("lb-b", peer: "lb-a"), vip])
        let graph = try Graphviz.parse(dot: DiagramRenderer.dot(for: model, findings: []), attributes: Self.attributes)
        let label = { (name: String) in graph.nodes.first { $0.name == name }?.attributes["label"] ?? "" }
        #expect(label("lb-b").contains("ACTIVE member (active-passive)"))
        #expect(label("lb-a").contains("standby member (active-passive)"))
        #expect(label("vip").contains("held by lb-b (active), lb-a"))
    }

    @Test func hostsWithoutAnAgentStandOutInTheMonitoringView() throws {
        let graph = try parsed("simple-web-stack", .monitoring)
        #expect(graph.nodes.map(\.name) == ["context:server"])
        #expect(graph.nodes[0].attributes["label"]?.contains("no monitoring agent") == true)
    }

    @Test func badgesMatchFindingNumbers() throws {
        let graph = try parsed("secured-and-monitored", .overview, findings: SampleFindings.secured)
        let lb = try #require(graph.nodes.first { $0.name == "lb" })
        #expect(lb.attributes["label"]?.contains(">#1<") == true)
        #expect(lb.attributes["label"]?.contains(">#3<") == true)
        #expect(lb.attributes["color"] == "#D32F2F")  // the worst of error #1 and warning #3
        #expect(graph.nodes.first { $0.name == "db-1" }?.attributes["color"] == "#EF6C00")
        #expect(graph.edges.first { $0.name.hasPrefix("lb->bundle:") }?.attributes["label"]?.contains(">#1<") == true)
        #expect(edge(graph, "fw-2", "web-2")?.attributes["label"] == "")
        let host = try #require(graph.subgraphs.first { $0.name == "cluster_host_server-1" })
        #expect(host.attributes["label"]?.contains(">#4<") == true)
        #expect(host.attributes["color"] == "#9E9E9E")  // accepted risk: grey
        #expect(!graph.nodes.contains { $0.attributes["label"]?.contains(">#2<") == true && $0.name != "db-1" })
    }

    @Test func certificateFindingsMarkWhereTheCertificateIsInstalled() throws {
        let finding = Finding(
            ruleID: "tls.shared-private-key", severity: .warning, message: "www-cert's key is on four machines",
            elements: ["www-cert"], recommendation: "keep the key on the load balancer")
        let graph = try parsed("secured-and-monitored", .overview, findings: [finding])
        let marked = graph.nodes.filter { $0.attributes["label"]?.contains(">#1<") == true }.map(\.name)
        #expect(Set(marked) == ["lb", "web-1", "web-2", "web-3"])
    }

    /// Badges are numbered by position, as the design document numbers issues: two equal findings
    /// are issues 1 and 2, not 1 twice.
    @Test func badgesFollowTheDocumentsNumbering() throws {
        let finding = Finding(
            ruleID: "data.single-write-node", severity: .warning, message: "db-1 takes every write",
            elements: ["db-1"], recommendation: "add failover")
        let graph = try parsed("secured-and-monitored", .overview, findings: [finding, finding])
        let label = try #require(graph.nodes.first { $0.name == "db-1" }?.attributes["label"])
        #expect(label.contains(">#1<") && label.contains(">#2<"))
    }

    /// A finding on a replication flow keeps its badge in the overview, which draws the line without words.
    @Test func replicationFindingsKeepTheirBadgeInTheOverview() throws {
        let model = try Repo.model("secured-and-monitored")
        let flow = try #require(model.flows.first { $0.from == "db-2" && $0.to == "db-1" })
        let finding = Finding(
            ruleID: "tls.replication-plaintext", severity: .warning, message: "db-2 replicates in plaintext",
            elements: [flow.id], recommendation: "require TLS for replication")
        let overview = try #require(edge(try parsed("secured-and-monitored", .overview, findings: [finding]), "db-2", "db-1"))
        #expect(overview.attributes["xlabel"]?.contains(">#1<") == true)
        #expect(overview.attributes["xlabel"]?.contains("replication") == false)
        let data = try #require(edge(try parsed("secured-and-monitored", .data, findings: [finding]), "db-1", "db-2"))
        #expect(data.attributes["label"]?.contains(">#1<") == true)
        #expect(data.attributes["label"]?.contains("replication · mysql:3306") == true)
        // A badge-only xlabel on a constraint=false edge lays out (and frees) cleanly.
        _ = try Graphviz.render(dot: DiagramRenderer.dot(for: model, findings: [finding]), format: .svg)
    }

    @Test func flowsToHostsAndZonesEndAtTheirClusters() throws {
        var model = try Repo.model("distributed")
        model.flows.append(Flow(from: "user", to: "server-2", protocol: "ssh", purpose: .admin))
        model.flows.append(Flow(from: "lb", to: "private", protocol: "https", purpose: .healthCheck))
        let dot = DiagramRenderer.dot(for: model, findings: [])
        let graph = try Graphviz.parse(dot: dot, attributes: ["lhead", "ltail", "label"])
        #expect(dot.contains("compound=\"true\""))
        let ssh = try #require(graph.edges.first { $0.attributes["lhead"] == "cluster_host_server-2" })
        #expect(ssh.name == "user->web-2")
        #expect(ssh.attributes["label"]?.contains("ssh") == true)
        let health = try #require(graph.edges.first { $0.attributes["lhead"] == "cluster_zone_private" })
        #expect(health.name == "lb->web-1")
        _ = try Graphviz.render(dot: dot, format: .svg)
        #expect(!DiagramRenderer.dot(for: try Repo.model("distributed"), findings: []).contains("compound"))
    }

    @Test func noFindingsNoBadges() throws {
        let dot = DiagramRenderer.dot(
            for: try Repo.model("secured-and-monitored"), findings: SampleFindings.secured,
            options: DiagramOptions(showFindings: false))
        #expect(!dot.contains("#1<"))
        #expect(!dot.contains("finding n"))
    }

    @Test func fontIsPinnedEverywhere() throws {
        for model in Repo.referenceModels {
            let dot = DiagramRenderer.dot(for: try Repo.model(model), findings: [])
            #expect(dot.components(separatedBy: "fontname=\"DejaVu Sans\"").count == 4, "graph, node and edge defaults")
            #expect(!dot.contains("FACE="))
        }
    }
}
