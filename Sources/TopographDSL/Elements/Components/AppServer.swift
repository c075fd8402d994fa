public import TopographModel

/// An application server running the code base, e.g. Gunicorn.
public struct AppServer: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares application server `id`; `software` is "product version".
    public init(
        _ id: String, name: String? = nil, software: String? = nil, ports: [Int] = [], tls: TLSEndpoint? = nil,
        description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .appServer, name: name, software: software, tls: tls, ports: ports, description: description,
            file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
