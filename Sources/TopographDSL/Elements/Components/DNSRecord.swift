public import TopographModel

/// A DNS record users resolve: `DNSRecord("www-dns", .a, "www.foobar.com", pointsTo: ["lb"])`.
public struct DNSRecord: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares record `id` of `type` for `domain`, resolving to the elements in `pointsTo`
    /// or to a literal `value` outside the model.
    public init(
        _ id: String, _ type: DNSRecordType, _ domain: String, pointsTo targets: [String] = [], value: String? = nil,
        ttl: Int? = nil, name: String? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        let spec = DNSRecordSpec(
            type: type, name: domain, targets: targets.map { ElementID($0) }, value: value, ttl: ttl)
        declaration = ComponentDeclaration(
            id, .dnsRecord(spec), name: name, software: nil, description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
