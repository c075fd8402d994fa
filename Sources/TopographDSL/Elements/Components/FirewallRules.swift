public import TopographModel

/// A firewall rule letting traffic through: `Allow(from: "internet", port: 443)` (inbound) or
/// `Allow(to: "sumo", port: 443)` (outbound). Only valid inside a `Firewall`.
public struct Allow: FirewallContent {
    let rule: RuleDeclaration

    /// Lets inbound traffic from `peer` (element, zone or CIDR; nil for anyone) reach the ports.
    public init(
        from peer: String? = nil, port: Int? = nil, ports: [Int] = [], range: ClosedRange<Int>? = nil,
        transport: Transport = .tcp, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        rule = RuleDeclaration(.allow, .ingress, peer, port, ports, range, transport, description, file, line, column)
    }

    /// Lets outbound traffic to `peer` through.
    public init(
        to peer: String, port: Int? = nil, ports: [Int] = [], range: ClosedRange<Int>? = nil,
        transport: Transport = .tcp, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        rule = RuleDeclaration(.allow, .egress, peer, port, ports, range, transport, description, file, line, column)
    }

    public func lower(into design: inout Lowering) { rule.lower(into: &design) }
}

/// A firewall rule dropping traffic, the mirror of `Allow`.
public struct Deny: FirewallContent {
    let rule: RuleDeclaration

    /// Drops inbound traffic from `peer` (nil for anyone) to the ports.
    public init(
        from peer: String? = nil, port: Int? = nil, ports: [Int] = [], range: ClosedRange<Int>? = nil,
        transport: Transport = .tcp, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        rule = RuleDeclaration(.deny, .ingress, peer, port, ports, range, transport, description, file, line, column)
    }

    /// Drops outbound traffic to `peer`.
    public init(
        to peer: String, port: Int? = nil, ports: [Int] = [], range: ClosedRange<Int>? = nil,
        transport: Transport = .tcp, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        rule = RuleDeclaration(.deny, .egress, peer, port, ports, range, transport, description, file, line, column)
    }

    public func lower(into design: inout Lowering) { rule.lower(into: &design) }
}

/// What `Allow` and `Deny` share: the model rule and where it was written.
struct RuleDeclaration {
    let rule: FirewallRule
    let location: SourceLocation

    init(
        _ action: FirewallPolicy, _ direction: TrafficDirection, _ peer: String?, _ port: Int?, _ ports: [Int],
        _ range: ClosedRange<Int>?, _ transport: Transport, _ description: String?,
        _ file: String, _ line: Int, _ column: Int
    ) {
        var portRanges = (port.map { [$0] } ?? []).map(PortRange.init) + ports.map(PortRange.init)
        if let range { portRanges.append(PortRange(range.lowerBound, range.upperBound)) }
        rule = FirewallRule(
            action: action, direction: direction, peer: peer, ports: portRanges, transport: transport,
            description: description)
        location = SourceLocation(file, line, column)
    }

    func lower(into design: inout Lowering) {
        for range in rule.ports where range.lower < 0 || range.upper > 65535 {
            design.report("firewall rule port \(range) is outside 0...65535", at: location)
        }
        design.rules.append(rule)
    }
}
