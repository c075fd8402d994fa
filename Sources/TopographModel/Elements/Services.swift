/// A content delivery network in front of `origins`, e.g. Cloudflare or CloudFront.
public struct CDNSpec: Hashable, Sendable, Codable {
    public var provider: String?
    /// Where it fetches content it does not have: the load balancer or the virtual IP behind it.
    public var origins: [ElementID]

    public init(provider: String? = nil, origins: [ElementID] = []) {
        self.provider = provider
        self.origins = origins
    }
}

/// A web application firewall filtering HTTP requests (ModSecurity, AWS WAF, Cloudflare WAF).
public struct WAFSpec: Hashable, Sendable, Codable {
    public var provider: String?
    public var mode: WAFMode

    public init(provider: String? = nil, mode: WAFMode = .block) {
        self.provider = provider
        self.mode = mode
    }
}

public enum WAFMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Logs what its rules match and lets it through.
    case detect
    /// Rejects what its rules match.
    case block
}

/// A message queue or log such as RabbitMQ, Kafka or SQS.
public struct MessageQueueSpec: Hashable, Sendable, Codable {
    /// e.g. "rabbitmq", "kafka".
    public var engine: String?
    /// Set when a provider runs it (e.g. "AWS SQS", "Amazon MQ").
    public var provider: String?

    public init(engine: String? = nil, provider: String? = nil) {
        self.engine = engine
        self.provider = provider
    }
}

/// Object storage such as S3, GCS or MinIO.
public struct ObjectStorageSpec: Hashable, Sendable, Codable {
    /// e.g. "AWS S3"; nil when self-hosted.
    public var provider: String?
    /// Anyone on the internet may read its objects.
    public var publicRead: Bool

    public init(provider: String? = nil, publicRead: Bool = false) {
        self.provider = provider
        self.publicRead = publicRead
    }
}
