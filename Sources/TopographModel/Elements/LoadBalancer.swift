/// A load balancer spreading requests over backends, alone or in a cluster.
public struct LoadBalancerSpec: Hashable, Sendable, Codable {
    public var algorithm: BalancingAlgorithm?
    public var mode: ClusterMode
    /// The other load balancers of the same cluster (not including this one).
    public var cluster: [ElementID]
    /// The components it forwards to. Flows say how; this says who is in the pool.
    public var backends: [ElementID]
    public var healthCheck: HealthCheck?
    /// Read/write splitting (a database proxy such as ProxySQL, PgBouncer or HAProxy in front of
    /// PostgreSQL): where writes go and where reads go. Nil: every backend gets everything.
    public var routing: ReadWriteRouting?

    public init(
        algorithm: BalancingAlgorithm? = nil, mode: ClusterMode = .single, cluster: [ElementID] = [],
        backends: [ElementID] = [], healthCheck: HealthCheck? = nil, routing: ReadWriteRouting? = nil
    ) {
        self.routing = routing
        self.algorithm = algorithm
        self.mode = mode
        self.cluster = cluster
        self.backends = backends
        self.healthCheck = healthCheck
    }
}

public enum BalancingAlgorithm: String, Hashable, Sendable, Codable, CaseIterable {
    case roundRobin, weightedRoundRobin, leastConnections, sourceHash, random
}

public enum ClusterMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// One instance, no peer to take over.
    case single
    /// Every member serves traffic; the others absorb a member's failure.
    case activeActive
    /// One member serves; a standby takes over on failure.
    case activePassive
}

/// How a load balancer decides a backend is alive.
public struct HealthCheck: Hashable, Sendable, Codable {
    public var `protocol`: String
    public var path: String?
    public var intervalSeconds: Int?

    public init(protocol: String = "http", path: String? = nil, intervalSeconds: Int? = nil) {
        self.protocol = `protocol`
        self.path = path
        self.intervalSeconds = intervalSeconds
    }
}

/// Where a proxy or load balancer sends writes and where it sends reads.
public struct ReadWriteRouting: Hashable, Sendable, Codable {
    /// The backends that take writes (the primary, or a failover endpoint in front of it).
    public var writes: [ElementID]
    /// The backends that take reads (replicas, often the primary too).
    public var reads: [ElementID]

    public init(writes: [ElementID] = [], reads: [ElementID] = []) {
        self.writes = writes
        self.reads = reads
    }
}
