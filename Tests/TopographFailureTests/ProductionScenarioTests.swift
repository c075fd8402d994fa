import Testing
import TopographAnalysis
import TopographModel

@testable import TopographFailure

/// The production reference model, whose monitoring is scraped, whose entry and database are
/// virtual IPs, whose balancers re-encrypt to the backends and whose app servers use a cache.
/// Each test pins a sentence that once contradicted the model.
@Suite struct ProductionScenarioTests {
    func single(_ id: ElementID) throws -> ScenarioImpact {
        let analysis = FailureAnalysis(try Models.load("production"))
        return try #require(analysis.singles.first { $0.scenario.failed == [id] })
    }

    /// Scraped exporters report through whoever scrapes them: losing an app server blinds no host
    /// (it said "every host goes blind"), losing an exporter blinds its own host only.
    @Test func scrapedExportersReportThroughTheirScraper() throws {
        #expect(try single("app-1").impact(on: .monitoring)?.level == .ok)
        let exporter = try single("node-exporter-db-2")
        #expect(exporter.impact(on: .monitoring)?.summary == "db-host-2 goes blind (node-exporter-db-2 lost)")
        #expect(try single("prometheus").impact(on: .monitoring)?.summary == "every host goes blind (prometheus lost)")
    }

    /// The entry point is an address held by two balancers: users come in through the balancers
    /// (it said "only through " and stopped).
    @Test func usersComeInThroughTheBalancersHoldingTheEntryAddress() throws {
        let site = try #require(try single("app-1").impact(on: .site))
        #expect(site.summary == "3 of 4 application servers serve (app-1 lost), through lb-1 and lb-2")
        let lb = try #require(try single("lb-1").impact(on: .site))
        #expect(lb.summary == "users reach the site only through lb-2")
    }

    /// Users' TLS ends on the balancers; the backends terminate the balancers' re-encrypted TLS.
    @Test func usersTLSEndsOnTheBalancersOnly() throws {
        #expect(try single("app-1").impact(on: .tls)?.level == .ok)
        #expect(try single("lb-1").impact(on: .tls)?.summary == "certificate holder lb-1 (shop-cert) lost; users' TLS terminates on lb-2")
    }

    /// Reads through the failover address are answered by whichever member holds it: reads are
    /// as available as writes, not bound to the primary (they were 99.83% against 99.98%).
    @Test func readsThroughAFailoverAddressFollowTheAddress() throws {
        let analysis = FailureAnalysis(try Models.load("production"))
        let reads = try #require(analysis.figure(.reads)).value
        let writes = try #require(analysis.figure(.writes)).value
        #expect(reads >= writes - 1e-12)
        #expect(try single("pg-1").impact(on: .reads)?.level != .down)
    }

    /// A lost cache slows the site without stopping it: the doc no longer says "no effect" where
    /// the linter names the lone cache.
    @Test func aLostCacheSlowsTheSite() throws {
        let redis = try single("redis")
        #expect(redis.impact(on: .site)?.level == .degraded)
        #expect(redis.headline == "the site runs without redis, slower")
    }

    /// No advice whose effect the two-decimal figure cannot show (99.98% -> 99.98%): with the site's
    /// single points of failure nearly perfect, a twin of either gains about 1e-6, and nothing is
    /// advised; as modelled, the same design gets "a second load balancer".
    @Test func noAdviceTheFiguresCannotShow() throws {
        var secured = try Models.load("secured-and-monitored")
        #expect(FailureAnalysis(secured).improvements[.site] != nil)
        secured.availability = AvailabilitySettings(kinds: ["loadBalancer": 99.9999, "firewall": 99.9999])
        #expect(FailureAnalysis(secured).improvements[.site] == nil)
    }
}

/// What `render --fail` draws: the failed elements, and what is lost with them.
@Suite struct BlastRadiusTests {
    func radius(_ model: String, _ ids: [ElementID]) throws -> BlastRadius {
        try BlastRadius(facts: ArchitectureFacts(try Models.load(model)), failing: ids)
    }

    @Test func theLoadBalancerTakesEveryServerItFeeds() throws {
        let lb = try radius("secured-and-monitored", ["lb"])
        #expect(lb.failed == ["lb"])
        #expect(lb.headline == "if lb fails: takes the site down")
        // Cut off from users: the web and app tiers; the databases and agents still run.
        for id in ["web-1", "web-2", "web-3", "app-1", "app-2", "app-3"] { #expect(lb.lost.contains(ElementID(id)), "\(id)") }
        for id in ["db-1", "db-2", "agent-1", "sumo", "server-1"] { #expect(!lb.lost.contains(ElementID(id)), "\(id)") }
    }

    @Test func aHostTakesItsComponentsAndNothingBehindARedundantAddress() throws {
        let host = try radius("production", ["db-host-1"])
        #expect(host.lost.isSuperset(of: ["pg-1", "db-fw-1", "node-exporter-db-1"]))
        #expect(!host.lost.contains("pg-vip") && !host.lost.contains("pg-2") && !host.lost.contains("app-1"))
        #expect(host.headline == "if db-host-1 fails: interrupts writes for the failover window")
    }

    @Test func aZoneTakesItsHosts() throws {
        let zone = try radius("production", ["private"])
        #expect(zone.lost.isSuperset(of: ["app-host-1", "db-host-2", "pg-vip", "prometheus"]))
        #expect(!zone.lost.contains("private"))
    }

    @Test func unknownIDsAreNamed() throws {
        #expect {
            _ = try radius("production", ["pg-one", "shop-dns"])
        } throws: { error in
            (error as? BlastRadius.UnknownElements)?.unknown == ["pg-one", "shop-dns"]
        }
    }

    @Test func theFailureViewDrawsTheWorstMachineOrComponentFailure() throws {
        let worst = try #require(BlastRadius.worstSingleFailure(facts: ArchitectureFacts(try Models.load("secured-and-monitored"))))
        #expect(worst.impact.headline == "takes the site down")
        #expect(!worst.failed.contains { ["dmz", "private"].contains($0.rawValue) })
    }
}

/// Regions, availability zones and racks are failure units: what a whole domain takes with it.
@Suite struct FailureDomainScenarioTests {
    func single(_ id: ElementID) throws -> ScenarioImpact {
        let analysis = FailureAnalysis(try Models.load("production"))
        return try #require(analysis.singles.first { $0.scenario.failed == [id] })
    }

    /// The design spreads its pairs over two availability zones: losing either keeps the site up,
    /// but the one Prometheus sits in takes monitoring with it, and the primary's writes fail over.
    @Test func theSiteSurvivesEitherAvailabilityZone() throws {
        let b = try single("eu-central-1/eu-central-1b")
        #expect(b.impact(on: .site)?.level == .degraded)
        #expect(b.impact(on: .monitoring)?.summary == "every host goes blind (prometheus lost)")
        let a = try single("eu-central-1/eu-central-1a")
        #expect(a.impact(on: .site)?.level == .degraded)
        #expect(a.headline == "interrupts writes for the failover window")
    }

    /// One region holds everything: its loss is an outage, and it bounds the figures.
    @Test func theRegionIsASinglePointOfFailure() throws {
        #expect(try single("eu-central-1").headline == "takes the site down")
        let analysis = FailureAnalysis(try Models.load("production"))
        #expect(try #require(analysis.figure(.site)).value < 0.9999 * 0.9999 * 0.9999)
    }

    /// A rack is named with its zone and region: rack a1 of eu-central-1a, not any rack called a1.
    @Test func racksAreQualified() throws {
        let analysis = FailureAnalysis(try Models.load("production"))
        let racks = analysis.analyzer.structure.units.elements.filter { $0.kind == .failureDomain(.rack) }.map(\.id.rawValue)
        #expect(racks.contains("eu-central-1/eu-central-1a/a1") && racks.allSatisfy { $0.split(separator: "/").count == 3 })
    }
}

/// Scenario order: an outage of the site first, then how many capabilities stop, then writes,
/// reads and the site. Every write stopping outranks one of three servers gone.
@Suite struct SeverityOrderTests {
    @Test func aStopOutranksALossOfCapacity() throws {
        let analysis = FailureAnalysis(try Models.load("secured-and-monitored"))
        let order = analysis.singles.map(\.scenario.label)
        let db = try #require(order.firstIndex(of: "db-1"))
        let server = try #require(order.firstIndex(of: "app-2"))
        #expect(db < server)
    }

    /// A "must survive" promise is judged against machines, components and spread failure domains;
    /// network zones and the one region stay rows of the table, never violations.
    @Test func networkZonesAndTheOneRegionFrameTheDesign() throws {
        var production = try Models.load("production")
        production.availability = AvailabilitySettings(mustSurvive: [.site])
        let analysis = FailureAnalysis(production)
        #expect(Set(analysis.framingElements) == ["eu-central-1", "dmz", "private", "vpn"])
        #expect(analysis.survivalViolations().isEmpty)
    }
}
