public import TopographModel

/// An in-memory cache such as Redis or Memcached.
public struct Cache: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares cache `id`; `provider` makes it a managed cache (e.g. "AWS ElastiCache").
    public init(
        _ id: String, name: String? = nil, software: String? = nil, engine: String? = nil, provider: String? = nil,
        ports: [Int] = [], tls: TLSEndpoint? = nil, description: String? = nil, file: String = #filePath, line: Int = #line,
        column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .cache(CacheSpec(engine: engine, provider: provider)), name: name, software: software, tls: tls,
            ports: ports,
            description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
