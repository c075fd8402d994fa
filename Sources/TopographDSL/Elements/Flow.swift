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
    public static let h2 = FlowProtocol("h2")
    public static let quic = FlowProtocol("quic")
    public static let ws = FlowProtocol("ws")
    public static let wss = FlowProtocol("wss")
    public static let grpc = FlowProtocol("grpc")
    public static let grpcs = FlowProtocol("grpcs")
    public static let fastcgi = FlowProtocol("fastcgi")
    public static let mysql = FlowProtocol("mysql")
    public static let mysqlTLS = FlowProtocol("mysql+tls")
    public static let postgresql = FlowProtocol("postgresql")
    public static let postgresqlTLS = FlowProtocol("postgresql+tls")
    public static let redis = FlowProtocol("redis")
    public static let redisTLS = FlowProtocol("redis+tls")
    public static let memcached = FlowProtocol("memcached")
    public static let mongodb = FlowProtocol("mongodb")
    public static let elasticsearch = FlowProtocol("elasticsearch")
    public static let s3 = FlowProtocol("s3")
    public static let amqp = FlowProtocol("amqp")
    public static let amqps = FlowProtocol("amqps")
    public static let kafka = FlowProtocol("kafka")
    public static let kafkaTLS = FlowProtocol("kafka+tls")
    public static let ssh = FlowProtocol("ssh")
    public static let rdp = FlowProtocol("rdp")
    public static let wireguard = FlowProtocol("wireguard")
    public static let openvpn = FlowProtocol("openvpn")
    public static let ipsec = FlowProtocol("ipsec")
    public static let ldap = FlowProtocol("ldap")
    public static let ldaps = FlowProtocol("ldaps")
    public static let smtp = FlowProtocol("smtp")
    public static let smtps = FlowProtocol("smtps")
    public static let dns = FlowProtocol("dns")
    public static let ntp = FlowProtocol("ntp")
    public static let syslog = FlowProtocol("syslog")
    public static let prometheus = FlowProtocol("prometheus")
    public static let otlp = FlowProtocol("otlp")
    public static let tls = FlowProtocol("tls")
    public static let tcp = FlowProtocol("tcp")
    public static let udp = FlowProtocol("udp")
    /// Files on the same machine: no network, no port.
    public static let file = FlowProtocol("file")
    /// A Unix domain socket on the same machine: no network, no port.
    public static let unix = FlowProtocol("unix")
}
