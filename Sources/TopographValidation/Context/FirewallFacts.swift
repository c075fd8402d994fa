import TopographModel

/// Which firewalls guard which elements, and what they do to each flow.
///
/// A host firewall guards every component on its host. A network firewall guards the elements,
/// hosts and zones in `protects`; traffic between two elements behind the same network firewall
/// never crosses it. Rules are evaluated in order, first match wins, else the default policy.
struct FirewallFacts {
    let all: [Component]
    private let onHost: [ElementID: [Component]]
    private let protecting: [ElementID: [Component]]
    private let index: ArchitectureIndex
    /// `covering` for every host and component, computed once (flows look it up twice each).
    private var coveringCache: [ElementID: [Component]] = [:]

    init(index: ArchitectureIndex) {
        self.index = index
        all = index.architecture.components.filter { $0.kind == .firewall }
        var onHost: [ElementID: [Component]] = [:]
        var protecting: [ElementID: [Component]] = [:]
        for fw in all {
            guard let spec = fw.spec.firewall else { continue }
            if spec.scope == .host, let host = fw.host { onHost[host, default: []].append(fw) }
            if spec.scope == .network {
                for id in Set(spec.protects) { protecting[id, default: []].append(fw) }
            }
        }
        self.onHost = onHost
        self.protecting = protecting
        guard !all.isEmpty else { return }
        var cache: [ElementID: [Component]] = [:]
        for id in index.architecture.hosts.map(\.id) + index.architecture.components.map(\.id) where cache[id] == nil {
            cache[id] = computeCovering(id)
        }
        coveringCache = cache
    }

    /// Every firewall that filters traffic reaching `id` (a component or a host), deduplicated.
    func covering(_ id: ElementID) -> [Component] {
        guard !all.isEmpty else { return [] }
        return coveringCache[id] ?? computeCovering(id)
    }

    private func computeCovering(_ id: ElementID) -> [Component] {
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
        }
        if host != id { add(protecting[id]) }
        if let zone = component?.zone ?? host.flatMap({ index.hosts[$0]?.zone }) { add(protecting[zone]) }
        return result
    }

    /// Why a flow is blocked, or nil when every firewall on its way lets it through.
    func denial(of flow: Flow, unit: (ElementID) -> ElementID) -> Denial? {
        guard unit(flow.from) != unit(flow.to) else { return nil }  // loopback: no firewall in the way
        let atSource = covering(flow.from)
        let atDestination = covering(flow.to)
        guard !atSource.isEmpty || !atDestination.isEmpty else { return nil }
        // A network firewall in front of both ends is not crossed; element lists are short.
        let sourceIDs = atSource.map(\.id)
        let destinationIDs = atDestination.map(\.id)
        for fw in atSource where !destinationIDs.contains(fw.id) || fw.spec.firewall?.scope == .host {
            if let d = verdict(fw, .egress, peer: flow.to, port: flow.port, protocol: flow.protocol) { return d }
        }
        for fw in atDestination where !sourceIDs.contains(fw.id) || fw.spec.firewall?.scope == .host {
            if let d = verdict(fw, .ingress, peer: flow.from, port: flow.port, protocol: flow.protocol) { return d }
        }
        return nil
    }

    /// The first rule of `fw` that matches, as a denial when it denies; nil when allowed.
    func verdict(_ fw: Component, _ direction: TrafficDirection, peer: ElementID, port: Int?, protocol: String) -> Denial? {
        guard let spec = fw.spec.firewall else { return nil }
        if let match = spec.firstMatch(direction, peer: peer, port: port, protocol: `protocol`, index: index) {
            return match.rule.action == .deny
                ? Denial(firewall: fw.id, direction: direction, ruleNumber: match.number, rule: match.rule) : nil
        }
        let policy = direction == .ingress ? spec.defaultIngress : spec.defaultEgress
        return policy == .deny ? Denial(firewall: fw.id, direction: direction, ruleNumber: nil, rule: nil) : nil
    }

    /// Whether a rule's peer admits arbitrary internet hosts: any, a whole-internet CIDR, or an
    /// internet zone. Narrower CIDRs are assumed to be someone's own networks.
    func admitsInternet(_ peer: String?) -> Bool {
        if FirewallRule.isAnyPeer(peer) { return true }
        guard let peer else { return true }
        return index.zones[ElementID(peer)]?.kind == .internet
    }
}

/// The firewall, direction and rule (nil: the default policy) that blocks a flow.
struct Denial {
    let firewall: ElementID
    let direction: TrafficDirection
    let ruleNumber: Int?
    let rule: FirewallRule?

    var text: String {
        guard let ruleNumber, let rule else { return "\(firewall) default \(direction.rawValue) policy: deny (no rule matches)" }
        return "\(firewall) \(direction.rawValue) rule \(ruleNumber): \(FirewallFacts.describe(rule))"
    }
}

extension FirewallFacts {
    /// `allow ingress from lb tcp 80`.
    static func describe(_ rule: FirewallRule) -> String {
        let peer = rule.peer ?? "any"
        let ports = rule.ports.isEmpty ? "all ports" : rule.ports.map(\.description).joined(separator: ",")
        let word = rule.direction == .ingress ? "from" : "to"
        return "\(rule.action.rawValue) \(rule.direction.rawValue) \(word) \(peer) \(rule.transport.rawValue) \(ports)"
    }
}
