import TopographModel

/// Who is watched: agents per host, and components that ship or expose telemetry themselves.
struct MonitoringFacts {
    let agents: [Component]
    let platforms: [Component]
    let agentsByHost: [ElementID: [Component]]
    private let shipsTelemetry: Set<ElementID>

    init(index: ArchitectureIndex) {
        let components = index.architecture.components
        agents = components.filter { $0.kind == .monitoringAgent }
        platforms = components.filter { $0.kind == .monitoringPlatform }
        agentsByHost = Dictionary(grouping: agents.filter { $0.host != nil }, by: { $0.host! })
        var ships = Set<ElementID>()
        for flow in index.architecture.flows {
            if flow.purpose == .metrics || flow.purpose == .logs {
                ships.insert(flow.from)
                // A platform or agent pulling metrics (scraping) watches the target.
                if let from = index.components[flow.from]?.kind, from == .monitoringPlatform || from == .monitoringAgent {
                    ships.insert(flow.to)
                }
            }
        }
        shipsTelemetry = ships
    }

    /// Whether the design monitors anything at all.
    var exists: Bool { !agents.isEmpty || !platforms.isEmpty || !shipsTelemetry.isEmpty }

    /// A host is watched when an agent runs on it.
    func watches(host: ElementID) -> Bool { agentsByHost[host] != nil }

    /// A component is watched by an agent on its host or by shipping or exposing telemetry.
    func watches(_ c: Component) -> Bool {
        if c.kind == .monitoringAgent || c.kind == .monitoringPlatform { return true }
        if let host = c.host, watches(host: host) { return true }
        return shipsTelemetry.contains(c.id)
    }
}
