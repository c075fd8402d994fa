/// A database node and its place in replication.
public struct DatabaseSpec: Hashable, Sendable, Codable {
    /// e.g. "mysql", "postgresql".
    public var engine: String?
    public var role: DatabaseRole
    /// For replicas: the node it replicates from.
    public var replicatesFrom: ElementID?
    /// Whether the node refuses writes; nil when not declared.
    public var readOnly: Bool?
    public var replication: ReplicationMode?
    /// What happens when the write node fails.
    public var failover: FailoverMode?
    /// Set when a provider runs it (a managed database such as "AWS RDS"); nil when self-run.
    public var provider: String?

    public init(
        engine: String? = nil, role: DatabaseRole = .standalone, replicatesFrom: ElementID? = nil,
        readOnly: Bool? = nil, replication: ReplicationMode? = nil, failover: FailoverMode? = nil,
        provider: String? = nil
    ) {
        self.provider = provider
        self.engine = engine
        self.role = role
        self.replicatesFrom = replicatesFrom
        self.readOnly = readOnly
        self.replication = replication
        self.failover = failover
    }

    /// True when this node accepts writes: primaries, multi-primary members, stand-alone nodes,
    /// and replicas explicitly declared writable.
    public var acceptsWrites: Bool {
        switch role {
        case .primary, .multiPrimary, .standalone: readOnly != true
        case .replica: readOnly == false
        }
    }
}

public enum DatabaseRole: String, Hashable, Sendable, Codable, CaseIterable {
    case primary, replica, multiPrimary, standalone
}

public enum ReplicationMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// The primary commits without waiting: a failover can lose the last transactions.
    case async
    /// The primary waits for at least one replica to receive the transaction.
    case semiSync
    /// Every member commits together (e.g. Group Replication, Galera).
    case sync
}

public enum FailoverMode: String, Hashable, Sendable, Codable, CaseIterable { case none, manual, automatic }

/// An in-memory cache such as Redis or Memcached.
public struct CacheSpec: Hashable, Sendable, Codable {
    public var engine: String?
    /// Set when a provider runs it (a managed cache such as "AWS ElastiCache"); nil when self-run.
    public var provider: String?

    public init(engine: String? = nil, provider: String? = nil) {
        self.engine = engine
        self.provider = provider
    }
}

/// Anything Topograph has no dedicated kind for; `role` says what it does.
public struct GenericSpec: Hashable, Sendable, Codable {
    public var role: String?
    public init(role: String? = nil) { self.role = role }
}
