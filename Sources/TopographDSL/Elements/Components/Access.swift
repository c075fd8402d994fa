public import TopographModel

/// A bastion (jump host): the one machine operators SSH to before reaching any other host.
/// `Bastion("bastion", software: "OpenSSH 9.6", ports: [22])`, on a `Server` or alone in a `Zone`.
public struct Bastion: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares bastion `id`.
    public init(
        _ id: String, name: String? = nil, software: String? = nil, ports: [Int] = [22], description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .bastion, name: name, software: software, ports: ports, description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}

/// A VPN gateway operators tunnel in through; inside, they appear with an address from
/// `clientNetwork`: `VPNGateway("vpn", software: "WireGuard", clientNetwork: "10.8.0.0/24", ports: [51820])`.
public struct VPNGateway: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares VPN gateway `id`.
    public init(
        _ id: String, name: String? = nil, software: String? = nil, clientNetwork: String? = nil, ports: [Int] = [],
        tls: TLSEndpoint? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .vpnGateway(VPNGatewaySpec(clientNetwork: clientNetwork)), name: name, software: software, tls: tls,
            ports: ports, description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
