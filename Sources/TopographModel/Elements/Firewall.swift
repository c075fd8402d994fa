/// A firewall: on a host (guards that host) or on the network (guards the elements in `protects`).
public struct FirewallSpec: Hashable, Sendable, Codable {
    public var scope: FirewallScope
    /// What happens to inbound traffic no rule matches.
    public var defaultIngress: FirewallPolicy
    /// What happens to outbound traffic no rule matches.
    public var defaultEgress: FirewallPolicy
    /// Evaluated in order; the first match wins.
    public var rules: [FirewallRule]
    /// For network firewalls: the hosts, components or zones it sits in front of.
    public var protects: [ElementID]

    public init(
        scope: FirewallScope = .host, defaultIngress: FirewallPolicy = .deny, defaultEgress: FirewallPolicy = .allow,
        rules: [FirewallRule] = [], protects: [ElementID] = []
    ) {
        self.scope = scope
        self.defaultIngress = defaultIngress
        self.defaultEgress = defaultEgress
        self.rules = rules
        self.protects = protects
    }
}

public enum FirewallScope: String, Hashable, Sendable, Codable, CaseIterable { case host, network }
public enum FirewallPolicy: String, Hashable, Sendable, Codable, CaseIterable { case allow, deny }
public enum TrafficDirection: String, Hashable, Sendable, Codable, CaseIterable { case ingress, egress }
public enum Transport: String, Hashable, Sendable, Codable, CaseIterable { case tcp, udp, any }

/// One ordered firewall rule.
public struct FirewallRule: Hashable, Sendable, Codable {
    public var action: FirewallPolicy
    public var direction: TrafficDirection
    /// The other side of the traffic: an element or zone id, a CIDR, or nil for anyone.
    public var peer: String?
    /// Ports the rule matches; empty matches every port.
    public var ports: [PortRange]
    public var transport: Transport
    public var description: String?

    public init(
        action: FirewallPolicy, direction: TrafficDirection = .ingress, peer: String? = nil,
        ports: [PortRange] = [], transport: Transport = .tcp, description: String? = nil
    ) {
        self.action = action
        self.direction = direction
        self.peer = peer
        self.ports = ports
        self.transport = transport
        self.description = description
    }

    /// True when the rule matches this port (nil port: the rule must match every port).
    public func matches(port: Int?) -> Bool {
        guard !ports.isEmpty else { return true }
        guard let port else { return false }
        return ports.contains { $0.contains(port) }
    }
}

/// A port or an inclusive port range; written `443` or `"8000-8080"`.
public struct PortRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var lower: Int
    public var upper: Int

    public init(_ port: Int) {
        lower = port
        upper = port
    }
    public init(_ lower: Int, _ upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ port: Int) -> Bool { lower <= port && port <= upper }
    public var description: String { lower == upper ? "\(lower)" : "\(lower)-\(upper)" }

    /// Parses `443` or `8000-8080`; nil when malformed or out of 0...65535.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let lo = Int(parts[0]), let hi = Int(parts.last!),
            0 <= lo, lo <= hi, hi <= 65535
        else { return nil }
        lower = lo
        upper = hi
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let port = try? c.decode(Int.self) {
            self.init(port)
        } else {
            let text = try c.decode(String.self)
            guard let range = PortRange(parsing: text) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(text)' is not a port or range")
            }
            self = range
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if lower == upper { try c.encode(lower) } else { try c.encode(description) }
    }
}
