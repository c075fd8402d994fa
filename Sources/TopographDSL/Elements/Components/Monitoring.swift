public import TopographModel

/// An agent collecting telemetry on a server and shipping it to a `MonitoringPlatform` (push,
/// `shipsTo:`), or an exporter the platform scrapes (pull, `scrapedBy:`, with the port it listens on).
public struct MonitoringAgent: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares agent `id`, what it `collects` and the platform it `shipsTo` or is `scrapedBy`.
    public init(
        _ id: String, name: String? = nil, vendor: String? = nil, software: String? = nil,
        collects: [TelemetryKind] = [.metrics], shipsTo: String? = nil, scrapedBy: String? = nil, ports: [Int] = [],
        description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        let spec = MonitoringAgentSpec(
            vendor: vendor, collects: collects, shipsTo: shipsTo.map { ElementID($0) },
            scrapedBy: scrapedBy.map { ElementID($0) })
        declaration = ComponentDeclaration(
            id, .monitoringAgent(spec), name: name, software: software, ports: ports, description: description,
            file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}

/// Where telemetry is stored and alerted on; often a SaaS such as Sumo Logic.
public struct MonitoringPlatform: ComponentContent {
    let declaration: ComponentDeclaration

    /// Declares platform `id`; `saas` when a third party hosts it.
    public init(
        _ id: String, name: String? = nil, vendor: String? = nil, saas: Bool = false, software: String? = nil,
        ports: [Int] = [], description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        declaration = ComponentDeclaration(
            id, .monitoringPlatform(MonitoringPlatformSpec(vendor: vendor, saas: saas)), name: name,
            software: software, ports: ports, description: description, file, line, column)
    }

    public func lower(into design: inout Lowering) { declaration.lower(into: &design) }
}
