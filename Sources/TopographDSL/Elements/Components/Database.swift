public import TopographModel

/// A database node: `Database("db-2", role: .replica, replicatesFrom: "db-1", readOnly: true)`.
public struct Database: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares database `id` and its place in replication; `provider` makes it a managed database
    /// (e.g. "AWS RDS").
    public init(
        _ id: String, name: String? = nil, software: String? = nil, engine: String? = nil,
        role: DatabaseRole = .standalone, replicatesFrom: String? = nil, readOnly: Bool? = nil,
        replication: ReplicationMode? = nil, failover: FailoverMode? = nil, provider: String? = nil,
        ports: [Int] = [], tls: TLSEndpoint? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        let spec = DatabaseSpec(
            engine: engine, role: role, replicatesFrom: replicatesFrom.map { ElementID($0) }, readOnly: readOnly,
            replication: replication, failover: failover, provider: provider)
        declaration = ComponentDeclaration(
            id, .database(spec), name: name, software: software, tls: tls, ports: ports, description: description,
            file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
