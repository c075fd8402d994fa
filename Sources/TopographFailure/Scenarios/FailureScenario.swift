import TopographModel

/// A set of elements failing together.
public struct FailureScenario: Hashable, Sendable {
    /// The failed elements, in variable order.
    public let failed: [ElementID]
    /// For a scenario standing for identical ones (the same element on identical servers): every
    /// element it stands for, itself first; empty otherwise.
    public let alike: [ElementID]

    public init(failed: [ElementID], alike: [ElementID] = []) {
        self.failed = failed
        self.alike = alike
    }

    /// `ids` failing together, each once, in `units`' variable order (unknown ids last, by name).
    public init(failed ids: [ElementID], order units: FailureUnits) {
        let variable = { (id: ElementID) in units.byID[id]?.variable ?? .max }
        self.init(failed: Set(ids).sorted { (variable($0), $0) < (variable($1), $1) })
    }

    /// How many scenarios this one stands for.
    public var count: Int { max(1, alike.count) }

    /// `lb`, `db-1 + lb`, or `web-2 (any of web-2..3000 (x2999))`.
    public var label: String {
        let base = failed.map(\.rawValue).joined(separator: " + ")
        return alike.count > 1 ? "\(base) (any of \(ServerGrouping.label(for: alike)))" : base
    }
}

extension FailureUnits {
    /// Every single failure: each element that can fail, in variable order. With `groups` (sets of
    /// identical hosts, the representative first) only the representative's host and components
    /// are tried, each standing for its counterparts on the other members.
    public func singleFailures(groups: [ServerGrouping.Group] = [], index: ArchitectureIndex) -> [FailureScenario] {
        var skipped = Set<ElementID>()
        var alike: [ElementID: [ElementID]] = [:]
        for group in groups where group.count > 1 {
            let hosts = group.members
            alike[hosts[0]] = hosts
            let columns = hosts.map { (index.componentsByHost[$0] ?? []).map(\.id) }
            for member in hosts.dropFirst() {
                skipped.insert(member)
                for c in index.componentsByHost[member] ?? [] { skipped.insert(c.id) }
            }
            for (position, c) in columns[0].enumerated() {
                alike[c] = columns.compactMap { position < $0.count ? $0[position] : nil }
            }
        }
        return elements.filter { !skipped.contains($0.id) }.map {
            FailureScenario(failed: [$0.id], alike: alike[$0.id] ?? [])
        }
    }
}
