/// A VPN gateway: operators (or offices) tunnel in through it and appear on the inside with an
/// address from `clientNetwork`.
public struct VPNGatewaySpec: Hashable, Sendable, Codable {
    /// The CIDR block VPN clients get, e.g. `10.8.0.0/24`. Firewall rules naming it (or a block
    /// containing it) match traffic the gateway relays.
    public var clientNetwork: String?

    public init(clientNetwork: String? = nil) { self.clientNetwork = clientNetwork }
}
