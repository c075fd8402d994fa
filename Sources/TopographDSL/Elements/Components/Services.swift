public import TopographModel

/// A content delivery network in front of its `origins`: `CDN("cdn", provider: "Cloudflare", origins: ["www-vip"])`.
public struct CDN: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares CDN `id`.
    public init(
        _ id: String, provider: String? = nil, origins: [String] = [], name: String? = nil, ports: [Int] = [],
        tls: TLSEndpoint? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .cdn(CDNSpec(provider: provider, origins: origins.map { ElementID($0) })), name: name, software: nil,
            tls: tls, ports: ports, description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}

/// A web application firewall filtering HTTP requests: `WAF("waf", software: "ModSecurity 3.0", mode: .block)`.
public struct WAF: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares WAF `id`; `mode` `.detect` only logs what its rules match.
    public init(
        _ id: String, provider: String? = nil, mode: WAFMode = .block, name: String? = nil, software: String? = nil,
        ports: [Int] = [], tls: TLSEndpoint? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .waf(WAFSpec(provider: provider, mode: mode)), name: name, software: software, tls: tls, ports: ports,
            description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}

/// A message queue or log: `MessageQueue("mq", software: "RabbitMQ 3.13", engine: "rabbitmq", ports: [5671])`.
public struct MessageQueue: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares queue `id`; `provider` when a provider runs it (e.g. "AWS SQS").
    public init(
        _ id: String, engine: String? = nil, provider: String? = nil, name: String? = nil, software: String? = nil,
        ports: [Int] = [], tls: TLSEndpoint? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .messageQueue(MessageQueueSpec(engine: engine, provider: provider)), name: name, software: software,
            tls: tls, ports: ports, description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}

/// Object storage: `ObjectStorage("assets", provider: "AWS S3")`.
public struct ObjectStorage: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares object storage `id`; `publicRead` when anyone on the internet may read its objects.
    public init(
        _ id: String, provider: String? = nil, publicRead: Bool = false, name: String? = nil, software: String? = nil,
        ports: [Int] = [], description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .objectStorage(ObjectStorageSpec(provider: provider, publicRead: publicRead)), name: name,
            software: software, ports: ports, description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
