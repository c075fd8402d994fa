public import TopographModel

/// Anything without a dedicated kind; `role` says what it does (e.g. "application code base").
public struct Component: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares generic component `id`.
    public init(
        _ id: String, role: String? = nil, name: String? = nil, software: String? = nil, ports: [Int] = [],
        tls: TLSEndpoint? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .generic(GenericSpec(role: role)), name: name, software: software, tls: tls, ports: ports,
            description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
