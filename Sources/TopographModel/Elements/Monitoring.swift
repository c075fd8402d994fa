/// An agent on a host that collects telemetry and ships it to a monitoring platform.
public struct MonitoringAgentSpec: Hashable, Sendable, Codable {
    public var vendor: String?
    public var collects: [TelemetryKind]
    /// The platform the agent ships to.
    public var shipsTo: ElementID?

    public init(vendor: String? = nil, collects: [TelemetryKind] = [.metrics], shipsTo: ElementID? = nil) {
        self.vendor = vendor
        self.collects = collects
        self.shipsTo = shipsTo
    }
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
