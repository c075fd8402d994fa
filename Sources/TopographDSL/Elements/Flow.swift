public import TopographModel

/// Traffic from the element that opens the connection to the one that accepts it:
/// `Flow("user", to: "lb", .https)`. Its id is `from->to` (plus `:purpose` unless a request).
public struct Flow: ArchitectureContent {
    let flow: TopographModel.Flow
    let location: SourceLocation

    /// Declares a flow; `port` and `encrypted` default from the protocol (https: 443, encrypted).
    public init(
        _ from: String, to: String, _ protocol: FlowProtocol, port: Int? = nil, encrypted: Bool? = nil,
        purpose: FlowPurpose = .request, id: String? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        flow = TopographModel.Flow(
            id: id.map { ElementID($0) }, from: ElementID(from), to: ElementID(to), protocol: `protocol`.name,
            port: port, encrypted: encrypted, purpose: purpose, description: description)
        location = SourceLocation(file, line, column)
    }

    public func lower(into design: inout Lowering) {
        design.declare(flow.id.rawValue, at: location)
        if let port = flow.port { design.checkPorts([port], of: flow.id.rawValue, at: location) }
        design.architecture.flows.append(flow)
    }
}

/// The same kind of traffic from each of `from` to each of `to`:
/// `Flows(from: ["lb"], to: ["web-1", "web-2"], .http)` declares two flows.
public struct Flows: ArchitectureContent {
    let flows: [Flow]

    /// Declares one flow per (from, to) pair, in order.
    public init(
        from: [String], to: [String], _ protocol: FlowProtocol, port: Int? = nil, encrypted: Bool? = nil,
        purpose: FlowPurpose = .request, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        flows = from.flatMap { source in
            to.map { target in
                Flow(
                    source, to: target, `protocol`, port: port, encrypted: encrypted, purpose: purpose,
                    description: description, file: file, line: line, column: column)
            }
        }
    }

    public func lower(into design: inout Lowering) {
        for flow in flows { flow.lower(into: &design) }
    }
}

/// An application protocol on a flow: `.https`, `.mysql`, or any name as a string literal.
public struct FlowProtocol: Hashable, Sendable, ExpressibleByStringLiteral {
    public var name: String

    public init(_ name: String) { self.name = name }
    public init(stringLiteral name: String) { self.name = name }

    public static let http = FlowProtocol("http")
    public static let https = FlowProtocol("https")
    public static let dns = FlowProtocol("dns")
    public static let mysql = FlowProtocol("mysql")
    public static let postgresql = FlowProtocol("postgresql")
    public static let redis = FlowProtocol("redis")
    public static let ssh = FlowProtocol("ssh")
    public static let tcp = FlowProtocol("tcp")
    public static let file = FlowProtocol("file")
}
