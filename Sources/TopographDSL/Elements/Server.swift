import TopographModel

/// A host (physical, virtual or container) and the components it runs.
///
/// Inside a `Zone` it sits in that zone; at the architecture level, give `zone:`.
public struct Server: ZoneContent, ArchitectureContent {
    let host: TopographModel.Host
    let content: [any ServerContent]
    let location: SourceLocation

    /// Declares host `id`; its body lists the components running on it. `addresses` are its IP
    /// addresses; `region`, `availabilityZone` and `rack` its failure domain (open levels come from its zone).
    public init(
        _ id: String, name: String? = nil, zone: String? = nil, addresses: [String] = [], region: String? = nil,
        availabilityZone: String? = nil, rack: String? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @ServerBuilder _ content: () -> [any ServerContent] = { [] }
    ) {
        let domain = FailureDomain(region: region, availabilityZone: availabilityZone, rack: rack)
        host = TopographModel.Host(
            id: ElementID(id), name: name, zone: zone.map { ElementID($0) }, description: description,
            addresses: addresses, failureDomain: domain.isEmpty ? nil : domain)
        self.content = content()
        location = SourceLocation(file, line, column)
    }

    public func lower(into design: inout Lowering) {
        var host = host
        if let outer = design.zone {
            if let own = host.zone, own.rawValue != outer {
                design.report(
                    "server '\(host.id)' says zone '\(own)' but is declared inside zone '\(outer)'", at: location,
                    element: host.id.rawValue, hint: "drop the zone: argument or move the server")
            }
            host.zone = ElementID(outer)
        }
        design.declare(host.id.rawValue, at: location)
        design.architecture.hosts.append(host)
        design.nested(host: host.id.rawValue, content)
    }
}
