import Testing
import TopographModel

@testable import TopographFailure

/// What single failures do to the reference designs, in the words the CLI and the doc print.
@Suite struct ScenarioTests {
    func singles(_ name: String) throws -> [String: ScenarioImpact] {
        let analysis = FailureAnalysis(try Models.load(name))
        return Dictionary(uniqueKeysWithValues: analysis.singles.map { ($0.scenario.label, $0) })
    }

    @Test func losingTheLoadBalancerTakesTheSecuredSiteDown() throws {
        let lb = try #require(try singles("secured-and-monitored")["lb"])
        #expect(lb.headline == "takes the site down")
        #expect(lb.impact(on: .site)?.summary == "users cannot reach the site: no entry point is left (lb lost)")
        #expect(lb.impact(on: .tls)?.level == .down)
    }

    @Test func losingTheWriteNodeStopsWritesUntilAManualPromotion() throws {
        let db = try #require(try singles("secured-and-monitored")["db-1"])
        #expect(db.impact(on: .site)?.level == .ok)
        #expect(db.impact(on: .writes)?.level == .down)
        #expect(
            db.headline
                == "every write stops until a person promotes db-2 or db-3 (no automatic failover declared); the last transactions may be lost"
        )
        #expect(db.impact(on: .reads)?.summary == "2 of 3 readers can read (db-1 lost)")
    }

    @Test func losingOneServerDegradesCapacityOnly() throws {
        let server = try #require(try singles("secured-and-monitored")["server-2"])
        #expect(server.headline == "degrades capacity only")
        #expect(server.impact(on: .site)?.summary == "2 of 3 application servers serve (app-2 lost), through lb")
        #expect(server.impact(on: .site)?.capacity?.working == 2)
        #expect(server.worst == .degraded)
    }

    @Test func losingTheMonitoringPlatformBlindsEveryHost() throws {
        let sumo = try #require(try singles("secured-and-monitored")["sumo"])
        #expect(sumo.headline == "monitoring: every host goes blind (sumo lost)")
        let agent = try #require(try singles("secured-and-monitored")["agent-2"])
        #expect(agent.impact(on: .monitoring)?.summary == "server-2 goes blind (agent-2 lost)")
    }

    /// An automatic failover turns the write outage into an interruption.
    @Test func automaticFailoverInterruptsWritesOnly() throws {
        var model = try Models.load("secured-and-monitored")
        let i = try #require(model.components.firstIndex { $0.id == "db-1" })
        guard case .database(var spec) = model.components[i].spec else { return }
        spec.failover = .automatic
        model.components[i].spec = .database(spec)
        let db = try #require(FailureAnalysis(model).singles.first { $0.scenario.label == "db-1" })
        #expect(db.impact(on: .writes)?.level == .interrupted)
        #expect(db.impact(on: .writes)?.summary == "stop for the failover window, until db-2 or db-3 takes over from db-1 automatically")
    }

    /// The single server of the simple stack takes everything with it; no replica holds the data.
    @Test func theSimpleStackHasNoSurvivableServerFailure() throws {
        let server = try #require(try singles("simple-web-stack")["server"])
        #expect(server.headline == "takes the site down; the last transactions may be lost")
        #expect(server.impact(on: .data)?.summary == "db holds the only copy: its data comes back only with its disk or a backup")
    }

    /// A worker no request reaches (it takes its work from a queue) starts its own work: only its
    /// machine or its queue "loses" it. Losing the queue the application servers hand work to fails those
    /// requests while the site stays up.
    @Test func aQueueWorkerIsLostOnlyWithItsOwnMachineAndALostQueueFailsItsRequests() throws {
        var model = try Models.load("secured-and-monitored")
        model.hosts += [Host(id: "worker-host", zone: "private"), Host(id: "mq-host", zone: "private")]
        model.components += [
            Component(id: "worker", spec: .appServer, host: "worker-host"),
            Component(id: "mq", spec: .messageQueue(MessageQueueSpec(engine: "rabbitmq")), host: "mq-host", ports: [5672]),
        ]
        model.flows += ["app-1", "app-2", "app-3", "worker"].map { Flow(from: ElementID($0), to: "mq", protocol: "amqp", port: 5672) }
        model.flows.append(Flow(from: "worker", to: "db-1", protocol: "mysql", port: 3306, purpose: .write))
        let singles = Dictionary(uniqueKeysWithValues: FailureAnalysis(model).singles.map { ($0.scenario.label, $0) })
        #expect(try #require(singles["agent-2"]).impact(on: .writes)?.level == .ok, "the worker is not lost with agent-2")
        #expect(try #require(singles["worker-host"]).impact(on: .writes)?.summary == "3 of 4 writers can write (worker lost)")
        let mq = try #require(singles["mq-host"])
        #expect(mq.headline == "the requests that need mq fail")
        #expect(mq.impact(on: .site)?.summary == "users reach the site through lb, but the requests that need mq fail")
        #expect(mq.impact(on: .writes)?.summary == "3 of 4 writers can write (worker lost)", "the worker takes its work from mq")
    }

    /// A failure that stops reads and writes says both (it used to name the writes only).
    @Test func aFailureStoppingReadsAndWritesSaysBoth() throws {
        var model = try Models.load("secured-and-monitored")
        for i in model.flows.indices where model.flows[i].purpose == .read { model.flows[i].to = "db-1" }
        let db = try #require(FailureAnalysis(model).singles.first { $0.scenario.label == "db-1" })
        #expect(db.headline.hasPrefix("stops every read, and every write stops until a person promotes db-2 or db-3"))
    }

    /// The secured design's singles are ordered by severity: outages of the site first.
    @Test func singlesAreOrderedBySeverity() throws {
        let analysis = FailureAnalysis(try Models.load("secured-and-monitored"))
        let labels = analysis.singles.map(\.scenario.label)
        #expect(Array(labels.prefix(4)) == ["dmz", "edge-firewall", "lb", "private"])
        #expect(labels[4] == "server-1")
        #expect(analysis.singles.last?.headline == "no effect" || analysis.singles.last?.worst == .degraded)
    }

    /// Failure elements: zones dmz, private and saas, edge-firewall, lb, sumo, and five per server
    /// (host, web, app, db, agent): 21 elements, 21·20/2 = 210 pairs. Three servers in parallel
    /// survive any two failures among them, so no pair takes the site or writes down that a single
    /// failure did not already.
    @Test func doubleFailuresOfTheSecuredDesign() throws {
        let analysis = FailureAnalysis(try Models.load("secured-and-monitored"))
        let doubles = try #require(analysis.doubles)
        #expect(doubles.pairsTried == 210)
        #expect(doubles.siteDown.isEmpty)
        #expect(doubles.writesDown.isEmpty)
    }

    /// Two servers: losing both web servers (or any two of a server's parts on different servers)
    /// takes the distributed site down; the worst pairs are named.
    @Test func doubleFailuresOfTheDistributedDesign() throws {
        let doubles = try #require(FailureAnalysis(try Models.load("distributed")).doubles)
        #expect(doubles.siteDown.contains(["server-1", "server-2"]))
        #expect(doubles.siteDown.contains(["web-1", "app-2"]))
        #expect(doubles.siteDown.count == 9)  // {server, web, app} of server-1 × the same of server-2
        #expect(doubles.worst.first?.headline == "takes the site down; the last transactions may be lost")
    }
}
