import TopographModel

/// Which firewalls guard which elements, and what they do to each flow, in both directions.
///
/// A host firewall guards every component on its host. A network firewall guards the elements,
/// hosts and zones in `protects`; it sits between networks, so traffic between two zones it
/// protects crosses it, while traffic inside one protected zone does not. A flow leaves through
/// the firewalls guarding its source (egress rules) and enters through those guarding its target
/// (ingress rules). Rules are evaluated in order, first match wins, else the default policy.
/// Traffic to a virtual IP arrives at its members, so it enters through their firewalls too.
public struct FirewallFacts: Sendable {
    /// Every firewall, in declaration order.
    public let all: [Component]
    private let index: ArchitectureIndex
    private let virtualIPs: VirtualIPFacts
    /// Each firewall's position in `all`.
    private let order: [ElementID: Int]
    /// `covering` for every host and component, computed once (flows look it up twice each).
    private let coveringCache: [ElementID: [Component]]
    /// The firewalls configured in front of each virtual IP itself (its zone, or `protects`).
    private let addressCache: [ElementID: [Component]]

    init(index: ArchitectureIndex, virtualIPs: VirtualIPFacts) {
        self.index = index
        self.virtualIPs = virtualIPs
        all = index.architecture.components.filter { $0.kind == .firewall }
        let order = Dictionary(all.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        self.order = order
        guard !all.isEmpty else {
            coveringCache = [:]
            addressCache = [:]
            return
        }
        var onHost: [ElementID: [Component]] = [:]
        var protecting: [ElementID: [Component]] = [:]
        for fw in all {
            guard let spec = fw.spec.firewall else { continue }
            switch spec.scope {
            case .host: if let host = fw.host { onHost[host, default: []].append(fw) }
            case .network: for id in Set(spec.protects) { protecting[id, default: []].append(fw) }
            }
        }
        var cache: [ElementID: [Component]] = [:]
        for id in index.architecture.hosts.map(\.id) + index.architecture.components.map(\.id) where cache[id] == nil {
            let found = Self.covering(id, index: index, onHost: onHost, protecting: protecting)
            if !found.isEmpty { cache[id] = found.count > 1 ? found.sorted { order[$0.id]! < order[$1.id]! } : found }
        }
        addressCache = cache.filter { virtualIPs.isVirtualIP($0.key) }
        // What is sent to a virtual IP lands on its members: their firewalls cover the address.
        for (vip, members) in virtualIPs.members {
            let all = Self.merge([cache[vip] ?? []] + members.map { cache[$0] ?? [] }, order: order)
            if !all.isEmpty { cache[vip] = all }
        }
        coveringCache = cache
    }

    /// The firewalls of several lists, each once, in declaration order.
    private static func merge(_ lists: [[Component]], order: [ElementID: Int]) -> [Component] {
        var seen = Set<ElementID>()
        return lists.joined().filter { seen.insert($0.id).inserted }.sorted { order[$0.id]! < order[$1.id]! }
    }

    private static func covering(
        _ id: ElementID, index: ArchitectureIndex, onHost: [ElementID: [Component]], protecting: [ElementID: [Component]]
    ) -> [Component] {
        let component = index.components[id]
        let host: ElementID? = component?.host ?? (index.hosts[id] != nil ? id : nil)
        var result: [Component] = []
        // Lists are short (a firewall or two), so a linear duplicate check beats hashing.
        func add(_ list: [Component]?) {
            for fw in list ?? [] where !result.contains(where: { $0.id == fw.id }) { result.append(fw) }
        }
        if let host {
            add(onHost[host])
            add(protecting[host])
            // Same address, same network firewall: one protecting any component covers the machine
            // (FirewallSpec.protects says the same).
            for sibling in index.componentsByHost[host] ?? [] { add(protecting[sibling.id]) }
        } else {
            add(protecting[id])
        }
        if let zone = component?.zone ?? host.flatMap({ index.hosts[$0]?.zone }) { add(protecting[zone]) }
        return result
    }

    /// Every firewall that filters traffic reaching or leaving `id` (a component or a host), in
    /// declaration order; for a virtual IP, also its members' firewalls.
    public func covering(_ id: ElementID) -> [Component] { coveringCache[id] ?? [] }

    /// The firewalls in front of `id` itself: `covering` without a virtual IP's members.
    public func coveringItself(_ id: ElementID) -> [Component] {
        virtualIPs.isVirtualIP(id) ? addressCache[id] ?? [] : covering(id)
    }

    /// The firewalls a flow passes, each with its verdict: first the egress rules of those
    /// guarding the source, then the ingress rules of those guarding the target. Traffic within
    /// one machine passes none; a network firewall in front of both ends is crossed only between zones.
    public func crossings(of flow: Flow) -> [FirewallCrossing] {
        var result: [FirewallCrossing] = []
        visitCrossings(of: flow) {
            result.append($0)
            return true
        }
        return result
    }

    /// Host firewalls filter everything to and from their host; a network firewall what it
    /// separates (`FirewallSpec.separates`): traffic between two zones it protects crosses it.
    private func crosses(_ fw: Component, _ flow: Flow) -> Bool {
        guard let spec = fw.spec.firewall else { return false }
        return spec.scope == .host || spec.separates(flow.from, flow.to, index: index)
    }

    /// Whether a firewall filters a flow to a virtual IP on its way to one of the members.
    private func crossesToMember(_ fw: Component, _ flow: Flow) -> Bool {
        guard let spec = fw.spec.firewall else { return false }
        return virtualIPs.servers(of: flow.to).contains { spec.scope == .host || spec.separates(flow.from, $0, index: index) }
    }

    /// The firewalls covering any of `ids`, each once, in declaration order.
    private func coveringAny(_ ids: [ElementID]) -> [Component] {
        var result: [Component] = []
        for id in ids { for fw in covering(id) where !result.contains(where: { $0.id == fw.id }) { result.append(fw) } }
        return result.sorted { order[$0.id]! < order[$1.id]! }
    }

    /// The first firewall on a flow's way that drops it, or nil when every one lets it through.
    public func denial(of flow: Flow) -> FirewallCrossing? {
        var denial: FirewallCrossing?
        visitCrossings(of: flow) { crossing in
            if !crossing.allowed { denial = crossing }
            return crossing.allowed
        }
        return denial
    }

    /// Calls `visit` with each crossing of `crossings(of:)`, in order, until it returns false;
    /// allocates nothing, since lint asks this of every flow.
    private func visitCrossings(of flow: Flow, _ visit: (FirewallCrossing) -> Bool) {
        guard !coveringCache.isEmpty, index.unit(of: flow.from) != index.unit(of: flow.to) else { return }
        let atSource = covering(flow.from)
        let members = virtualIPs.members[flow.to]
        let atTarget = members.map { coveringAny([flow.to] + $0) } ?? covering(flow.to)
        for fw in atSource where crosses(fw, flow) {
            guard visit(verdict(fw, .egress, peer: flow.to, port: flow.port, protocol: flow.protocol)) else { return }
        }
        for fw in atTarget where crosses(fw, flow) || (members != nil && crossesToMember(fw, flow)) {
            guard visit(verdict(fw, .ingress, peer: flow.from, port: flow.port, protocol: flow.protocol)) else { return }
        }
    }

    /// The crossings of every flow, by firewall, in flow order (one pass; for whole-model reports).
    public func crossingsByFirewall() -> [ElementID: [(flow: Flow, crossing: FirewallCrossing)]] {
        var result: [ElementID: [(flow: Flow, crossing: FirewallCrossing)]] = [:]
        for flow in index.architecture.flows {
            for crossing in crossings(of: flow) { result[crossing.firewall.id, default: []].append((flow, crossing)) }
        }
        return result
    }

    /// How one firewall treats traffic to or from `peer`: the first matching rule, else the
    /// default policy of that direction.
    public func verdict(_ fw: Component, _ direction: TrafficDirection, peer: ElementID, port: Int?, protocol: String)
        -> FirewallCrossing
    {
        let spec = fw.spec.firewall ?? FirewallSpec()
        if let match = spec.firstMatch(direction, peer: peer, port: port, protocol: `protocol`, index: index) {
            return FirewallCrossing(
                firewall: fw, direction: direction, ruleNumber: match.number, rule: match.rule, allowed: match.rule.action == .allow)
        }
        let policy = direction == .ingress ? spec.defaultIngress : spec.defaultEgress
        return FirewallCrossing(firewall: fw, direction: direction, ruleNumber: nil, rule: nil, allowed: policy == .allow)
    }

    /// How `fw` lets an arbitrary internet host reach `port`, or nil when it does not: the first
    /// ingress rule such a host matches decides (one naming any, a whole-internet block or the
    /// internet zone), else the default policy.
    public func internetAdmission(of port: Int, by fw: Component) -> FirewallCrossing? {
        guard let spec = fw.spec.firewall else { return nil }
        let match = spec.rules.enumerated().first {
            $0.element.direction == .ingress && $0.element.matches(port: port) && admitsInternet($0.element.peer)
        }
        guard let (i, rule) = match else {
            guard spec.defaultIngress == .allow else { return nil }
            return FirewallCrossing(firewall: fw, direction: .ingress, ruleNumber: nil, rule: nil, allowed: true)
        }
        guard rule.action == .allow else { return nil }
        return FirewallCrossing(firewall: fw, direction: .ingress, ruleNumber: i + 1, rule: rule, allowed: true)
    }

    /// Whether a rule's peer admits arbitrary internet hosts: any, a whole-internet CIDR, or an
    /// internet zone. Narrower CIDRs are assumed to be someone's own networks.
    public func admitsInternet(_ peer: String?) -> Bool {
        if FirewallRule.isAnyPeer(peer) { return true }
        guard let peer else { return true }
        return index.zones[ElementID(peer)]?.kind == .internet
    }
}

/// One firewall on a flow's way and what it decides.
public struct FirewallCrossing: Sendable {
    public let firewall: Component
    public let direction: TrafficDirection
    /// 1-based number of the deciding rule; nil when the default policy decided.
    public let ruleNumber: Int?
    public let rule: FirewallRule?
    public let allowed: Bool
}
