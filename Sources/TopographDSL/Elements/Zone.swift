public import TopographModel

/// A network zone / trust boundary; the servers and components in its body sit in it.
public struct Zone: ArchitectureContent {
    let zone: TopographModel.Zone
    let content: [any ZoneContent]
    let location: SourceLocation

    /// Declares zone `id` of `kind` (`.internet`, `.dmz`, `.private`, `.external`); `networks` are
    /// its CIDR blocks, `region` and `availabilityZone` (and `rack`) where the whole zone sits.
    public init(
        _ id: String, _ kind: ZoneKind, name: String? = nil, networks: [String] = [], region: String? = nil,
        availabilityZone: String? = nil, rack: String? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @ZoneBuilder _ content: () -> [any ZoneContent] = { [] }
    ) {
        let domain = FailureDomain(region: region, availabilityZone: availabilityZone, rack: rack)
        zone = TopographModel.Zone(
            id: ElementID(id), name: name, kind: kind, description: description, networks: networks,
            failureDomain: domain.isEmpty ? nil : domain)
        self.content = content()
        location = SourceLocation(file, line, column)
    }

    public func lower(into design: inout Lowering) {
        design.declare(zone.id.rawValue, at: location)
        design.architecture.zones.append(zone)
        design.nested(zone: zone.id.rawValue, content)
    }
}
