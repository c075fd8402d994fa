import TopographModel

/// What the design promises about failure, in percent:
/// `Availability(site: 99.95, writes: 99.9, mustSurvive: [.site, .writes], kinds: ["loadBalancer": 99.99])`.
///
/// Targets fail `availability.target-missed` when the computed figure is lower; `mustSurvive` lists
/// capabilities no single failure may break; `kinds` (`zone`, `host`, a component kind) and
/// `elements` (ids) override the documented default availability. One per design.
public struct Availability: ArchitectureContent {
    let settings: AvailabilitySettings
    let location: SourceLocation

    public init(
        site: Double? = nil, reads: Double? = nil, writes: Double? = nil, mustSurvive: [Capability] = [],
        kinds: [String: Double] = [:], elements: [String: Double] = [:],
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        settings = AvailabilitySettings(
            targets: AvailabilityTargets(site: site, reads: reads, writes: writes), mustSurvive: mustSurvive, kinds: kinds,
            elements: elements)
        location = SourceLocation(file, line, column)
    }

    public func lower(into design: inout Lowering) {
        let placed = design.placed(location)
        if design.architecture.availability != nil {
            design.report("a design declares Availability once", at: placed, hint: "merge the two declarations")
        }
        design.architecture.availability = settings
        design.architecture.sources[AvailabilitySettings.sourceKey] = placed
    }
}
