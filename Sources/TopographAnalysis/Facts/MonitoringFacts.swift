import TopographModel

/// Who is watched: agents on hosts, components that push their own telemetry, and targets a
/// platform or agent scrapes (a metrics or logs flow from the watcher to the target).
public struct MonitoringFacts: Sendable {
    public let agents: [Component]
    public let platforms: [Component]
    public let agentsByHost: [ElementID: [Component]]
    /// Agents by the platform they declare they ship to.
    public let agentsByPlatform: [ElementID: [Component]]
    /// What each platform or agent scrapes, in flow order.
    public let scrapes: [ElementID: [ElementID]]
    /// Who scrapes each target, in flow order: the reverse of `scrapes`.
    public let scrapers: [ElementID: [ElementID]]
    /// Hosts nothing watches, in declaration order: every host when the design monitors nothing;
    /// otherwise hosts without an agent running components that are not all watched otherwise.
    public private(set) var unmonitoredHosts: [ElementID] = []
    /// Stand-alone components nothing watches, in declaration order: every stand-alone tier
    /// component when the design monitors nothing; otherwise load balancers and databases
    /// (whose failure takes the site down) that no agent watches and that push no telemetry
    /// and are not scraped, and load balancers alone on an unwatched host.
    public private(set) var unmonitoredComponents: [ElementID] = []
    private let shipsTelemetry: Set<ElementID>

    init(index: ArchitectureIndex) {
        let components = index.architecture.components
        agents = components.filter { $0.kind == .monitoringAgent }
        platforms = components.filter { $0.kind == .monitoringPlatform }
        agentsByHost = Dictionary(grouping: agents.filter { $0.host != nil }, by: { $0.host! })
        agentsByPlatform = Dictionary(
            grouping: agents.filter { $0.spec.monitoringAgent?.shipsTo != nil }, by: { $0.spec.monitoringAgent!.shipsTo! })
        var ships = Set<ElementID>()
        var scrapes: [ElementID: [ElementID]] = [:]
        var scrapers: [ElementID: [ElementID]] = [:]
        for flow in index.architecture.flows where flow.purpose == .metrics || flow.purpose == .logs {
            ships.insert(flow.from)
            // A platform pulling from anything, or an agent pulling from something other than
            // the monitoring stack, is scraping: it watches the target.
            let from = index.components[flow.from]?.kind
            let to = index.components[flow.to]?.kind
            let scrape = from == .monitoringPlatform || (from == .monitoringAgent && to != .monitoringPlatform && to != .monitoringAgent)
            if scrape {
                ships.insert(flow.to)
                scrapes[flow.from, default: []].append(flow.to)
                scrapers[flow.to, default: []].append(flow.from)
            }
        }
        shipsTelemetry = ships
        self.scrapes = scrapes
        self.scrapers = scrapers
        let exists = self.exists
        // A host dedicated to one load balancer is the balancer's: its gap is named on the balancer.
        unmonitoredHosts = index.architecture.hosts.map(\.id).filter { host in
            guard exists else { return true }
            let on = index.componentsByHost[host] ?? []
            return !watches(host: host) && !on.isEmpty && !on.allSatisfy(watches) && index.dedicatedBalancer(on: host) == nil
        }
        unmonitoredComponents = components.filter { c in
            guard c.host == nil else { return exists && index.dedicatedBalancer(on: c.host!)?.id == c.id && !watches(c) }
            guard exists else { return TierFacts.isTier(c.kind) }
            return (c.kind == .loadBalancer || c.kind == .database) && !watches(c)
        }.map(\.id)
    }

    /// Whether a metrics or logs flow is a scrape: the watcher opens the connection and pulls
    /// the target's telemetry, which then travels against the flow's direction.
    public func isScrape(_ flow: Flow) -> Bool { scrapes[flow.from]?.contains(flow.to) ?? false }

    /// Who receives an agent's telemetry: the platform it ships to, then whoever scrapes it.
    public func receivers(of agent: Component) -> [ElementID] {
        [agent.spec.monitoringAgent?.shipsTo].compactMap { $0 } + (scrapers[agent.id] ?? [])
    }

    /// Whether the design monitors anything at all.
    public var exists: Bool { !agents.isEmpty || !platforms.isEmpty || !shipsTelemetry.isEmpty }

    /// A host is watched when an agent runs on it.
    public func watches(host: ElementID) -> Bool { agentsByHost[host] != nil }

    /// A component is watched by an agent on its host, by pushing telemetry, or by being scraped.
    public func watches(_ c: Component) -> Bool {
        if c.kind == .monitoringAgent || c.kind == .monitoringPlatform { return true }
        if let host = c.host, watches(host: host) { return true }
        return shipsTelemetry.contains(c.id)
    }
}
