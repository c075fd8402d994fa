public import TopographModel

/// A load balancer spreading requests over `backends`, alone or in a cluster.
public struct LoadBalancer: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares load balancer `id`; `cluster` lists the other members of its cluster, `routing`
    /// splits writes from reads (a database proxy such as ProxySQL or PgBouncer).
    public init(
        _ id: String, name: String? = nil, software: String? = nil, mode: ClusterMode = .single,
        cluster: [String] = [], algorithm: BalancingAlgorithm? = nil, backends: [String] = [],
        healthCheck: HealthCheck? = nil, routing: ReadWriteRouting? = nil, tls: TLSEndpoint? = nil,
        ports: [Int] = [], description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        let spec = LoadBalancerSpec(
            algorithm: algorithm, mode: mode, cluster: cluster.map { ElementID($0) },
            backends: backends.map { ElementID($0) }, healthCheck: healthCheck, routing: routing)
        declaration = ComponentDeclaration(
            id, .loadBalancer(spec), name: name, software: software, tls: tls, ports: ports,
            description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}

extension HealthCheck {
    /// An HTTP health check on `path`, e.g. `.http("/health")`.
    public static func http(_ path: String, every seconds: Int? = nil) -> HealthCheck {
        HealthCheck(protocol: "http", path: path, intervalSeconds: seconds)
    }

    /// An HTTPS health check on `path` (the backend terminates TLS), e.g. `.https("/health", every: 2)`.
    public static func https(_ path: String, every seconds: Int? = nil) -> HealthCheck {
        HealthCheck(protocol: "https", path: path, intervalSeconds: seconds)
    }

    /// A plain TCP connect check.
    public static var tcp: HealthCheck { HealthCheck(protocol: "tcp") }
}

extension ReadWriteRouting {
    /// Writes to `writes`, reads to `reads`: `.split(writes: ["pg-primary"], reads: ["pg-replica"])`.
    public static func split(writes: [String], reads: [String]) -> ReadWriteRouting {
        ReadWriteRouting(writes: writes.map { ElementID($0) }, reads: reads.map { ElementID($0) })
    }
}
