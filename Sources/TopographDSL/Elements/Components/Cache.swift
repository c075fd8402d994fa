import TopographModel

/// An in-memory cache such as Redis or Memcached.
public struct Cache: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares cache `id`.
    public init(
        _ id: String, name: String? = nil, software: String? = nil, engine: String? = nil, ports: [Int] = [],
        description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .cache(CacheSpec(engine: engine)), name: name, software: software, ports: ports,
            description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
