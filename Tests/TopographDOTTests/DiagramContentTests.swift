import Foundation
import Testing
import TopographDOT
import TopographGraphviz
import TopographModel

/// What the diagram says, checked through Graphviz's own parse of the DOT: who connects to whom,
/// how hops are drawn, which badges sit where.
@Suite struct DiagramContentTests {
    static let attributes = ["label", "style", "color", "shape", "fillcolor", "constraint", "xlabel"]

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
        for n in 1...3 {
            #expect(edge(graph, "lb", "fw-\(n)")?.attributes["label"]?.contains("http:80 (plaintext)") == true)
            #expect(edge(graph, "fw-\(n)", "web-\(n)") != nil)
            #expect(edge(graph, "lb", "web-\(n)") == nil)
            // Same-zone hops are drawn directly: the host firewall's rules say what it lets in.
            #expect(edge(graph, "app-\(n)", "db-1") != nil)
        }
    }

    @Test func hopStylesSayWhatIsEncrypted() throws {
        let graph = try parsed("secured-and-monitored", .overview)
        let secure = try #require(edge(graph, "user", "edge-firewall"))
        #expect(secure.attributes["style"] == "solid")
        let plain = try #require(edge(graph, "lb", "fw-1"))
        #expect(plain.attributes["style"] == "dashed")
        #expect(plain.attributes["color"] == "#C62828")
        let replication = try #require(edge(graph, "db-2", "db-1"))
        // The overview draws replication without words (they crowd the primary); the data view
        // carries them as an xlabel: Graphviz double-frees labels on constraint=false edges.
        #expect((replication.attributes["xlabel"] ?? "").isEmpty && (replication.attributes["label"] ?? "").isEmpty)
        #expect(replication.attributes["color"] != plain.attributes["color"])
        #expect(replication.attributes["constraint"] == "false")
        let data = try #require(edge(try parsed("secured-and-monitored", .data), "db-2", "db-1"))
        #expect(data.attributes["xlabel"]?.contains("replication · mysql:3306") == true)
        #expect((data.attributes["label"] ?? "").isEmpty)
        #expect(edge(graph, "agent-1", "sumo")?.attributes["style"] == "dotted")
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
        #expect(Set(data.nodes.map(\.name)) == ["app-1", "app-2", "app-3", "db-1", "db-2", "db-3"])
        let security = try parsed("secured-and-monitored", .security)
        #expect(!security.nodes.contains { $0.name.hasPrefix("agent") || $0.name == "sumo" })
        #expect(security.nodes.contains { $0.name == "edge-firewall" })
        let monitoring = try parsed("secured-and-monitored", .monitoring)
        #expect(Set(monitoring.nodes.map(\.name)).isSuperset(of: ["agent-1", "agent-2", "agent-3", "sumo"]))
        #expect(!monitoring.nodes.contains { $0.name == "web-1" })
        #expect(monitoring.edges.filter { $0.attributes["style"] != "invis" }.count == 3)
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
        #expect(edge(graph, "lb", "fw-2")?.attributes["label"]?.contains(">#1<") == true)
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
        #expect(marked == ["lb", "web-1", "web-2", "web-3"])
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
        let data = try #require(edge(try parsed("secured-and-monitored", .data, findings: [finding]), "db-2", "db-1"))
        #expect(data.attributes["xlabel"]?.contains(">#1<") == true)
        #expect(data.attributes["xlabel"]?.contains("replication · mysql:3306") == true)
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
