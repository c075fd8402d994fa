import TopographModel

/// A user's client, e.g. a browser on the internet.
public struct Client: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares client `id`.
    public init(
        _ id: String, name: String? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .client, name: name, software: nil, description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
