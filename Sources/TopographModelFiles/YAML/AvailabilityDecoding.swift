import TopographModel
import Yams

/// `availability:` — targets, the capabilities that must survive any single failure, and
/// overrides of the default availability per kind or element, all in percent:
///
/// ```yaml
/// availability:
///   targets: {site: 99.95, writes: 99.9}
///   mustSurvive: [site, writes]
///   kinds: {loadBalancer: 99.99}
///   elements: {db-1: 99.99}
/// ```
///
/// Types and keys are checked here, with positions; ranges, kind names and element ids by
/// `AvailabilityCheck`, the same check the Swift DSL gets.
extension ArchitectureDecoder {
    func decodeAvailability(_ node: Node) {
        let allowed = ["targets", "mustSurvive", "kinds", "elements"]
        guard let f = reader.fields(node, "'availability'", allowed: allowed) else { return }
        var settings = AvailabilitySettings()
        if let targets = f["targets"],
            let t = reader.fields(targets, "availability 'targets'", allowed: ["site", "reads", "writes"])
        {
            settings.targets = AvailabilityTargets(
                site: reader.number(t["site"], "the site's target"), reads: reader.number(t["reads"], "the reads' target"),
                writes: reader.number(t["writes"], "the writes' target"))
        }
        if let list = reader.list(f["mustSurvive"], "'mustSurvive'") {
            settings.mustSurvive = list.compactMap { (item: Node) -> Capability? in reader.enumeration(item, "capability") }
        }
        settings.kinds = percentages(f["kinds"], "availability 'kinds'")
        settings.elements = percentages(f["elements"], "availability 'elements'")
        availability = settings
    }

    /// A mapping of names to percentages, in document order; a repeated key keeps its last value.
    private func percentages(_ node: Node?, _ what: @autoclosure () -> String) -> [String: Double] {
        guard let node else { return [:] }
        guard case .mapping(let mapping) = node else {
            reader.error("expected a mapping of names to percentages for \(what()), found \(reader.describe(node))", at: node)
            return [:]
        }
        var result: [String: Double] = [:]
        for key in mapping.keys {
            guard let name = reader.string(key, "a key of \(what())"), let value = mapping.first(where: { $0.key == key })?.value,
                let number = reader.number(value, "'\(name)' in \(what())")
            else { continue }
            result[name] = number
        }
        return result
    }
}
