/// An agent on a host that collects telemetry and either ships it to a monitoring platform (push)
/// or exposes it for the platform to scrape (pull, e.g. node_exporter scraped by Prometheus).
public struct MonitoringAgentSpec: Hashable, Sendable, Codable {
    public var vendor: String?
    public var collects: [TelemetryKind]
    /// The platform the agent ships to (push: the agent opens the connection).
    public var shipsTo: ElementID?
    /// The platform that scrapes it (pull: the platform opens the connection to the agent's port).
    public var scrapedBy: ElementID?

    public init(
        vendor: String? = nil, collects: [TelemetryKind] = [.metrics], shipsTo: ElementID? = nil,
        scrapedBy: ElementID? = nil
    ) {
        self.vendor = vendor
        self.collects = collects
        self.shipsTo = shipsTo
        self.scrapedBy = scrapedBy
    }

    /// The platform the telemetry ends up on, whichever way it travels.
    public var platform: ElementID? { shipsTo ?? scrapedBy }
}

public enum TelemetryKind: String, Hashable, Sendable, Codable, CaseIterable { case metrics, logs, traces, events }

/// Where telemetry is stored, searched and alerted on; often a SaaS such as Sumo Logic.
public struct MonitoringPlatformSpec: Hashable, Sendable, Codable {
    public var vendor: String?
    /// Hosted by a third party outside the design's network.
    public var saas: Bool

    public init(vendor: String? = nil, saas: Bool = false) {
        self.vendor = vendor
        self.saas = saas
    }
}
