public import TopographModel

/// A web server such as nginx: `WebServer("web-1", software: "nginx 1.24", ports: [80])`.
public struct WebServer: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares web server `id`; `software` is "product version".
    public init(
        _ id: String, name: String? = nil, software: String? = nil, ports: [Int] = [], tls: TLSEndpoint? = nil,
        description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .webServer, name: name, software: software, tls: tls, ports: ports, description: description,
            file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
