public import TopographModel

/// A network zone / trust boundary; the servers and components in its body sit in it.
public struct Zone: ArchitectureContent {
    let zone: TopographModel.Zone
    let content: [any ZoneContent]
    let location: SourceLocation

    /// Declares zone `id` of `kind` (`.internet`, `.dmz`, `.private`, `.external`).
    public init(
        _ id: String, _ kind: ZoneKind, name: String? = nil, description: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @ZoneBuilder _ content: () -> [any ZoneContent] = { [] }
    ) {
        zone = TopographModel.Zone(id: ElementID(id), name: name, kind: kind, description: description)
        self.content = content()
        location = SourceLocation(file, line, column)
    }

    public func lower(into design: inout Lowering) {
        design.declare(zone.id.rawValue, at: location)
        design.architecture.zones.append(zone)
        design.nested(zone: zone.id.rawValue, content)
    }
}
