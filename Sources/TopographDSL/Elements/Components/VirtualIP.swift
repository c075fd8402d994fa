public import TopographModel

/// A floating or virtual IP served by `members` (keepalived/VRRP, a cloud load balancer's front
/// end, a database failover endpoint): `VirtualIP("www-vip", members: ["lb-1", "lb-2"],
/// mode: .activePassive, address: "203.0.113.10")`. DNS records, clients and flows target it.
/// It floats between machines, so it stands in a `Zone`, never on a `Server`.
public struct VirtualIP: ZoneContent {
    let declaration: ComponentDeclaration

    /// Declares virtual IP `id`; `mechanism` says what moves or spreads it, e.g. "keepalived (VRRP)".
    public init(
        _ id: String, members: [String], mode: VirtualIPMode = .activePassive, address: String? = nil,
        mechanism: String? = nil, name: String? = nil, ports: [Int] = [], tls: TLSEndpoint? = nil,
        description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        let spec = VirtualIPSpec(
            members: members.map { ElementID($0) }, mode: mode, address: address, mechanism: mechanism)
        declaration = ComponentDeclaration(
            id, .virtualIP(spec), name: name, software: nil, tls: tls, ports: ports, description: description,
            file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
