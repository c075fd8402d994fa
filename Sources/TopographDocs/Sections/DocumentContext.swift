import TopographAnalysis
import TopographModel

/// What every section reads: the model's facts (the same ones the rules and the diagram read)
/// and the document's ways of naming things. It derives nothing about the architecture itself.
struct DocumentContext {
    let facts: ArchitectureFacts
    var index: ArchitectureIndex { facts.index }
    var architecture: Architecture { facts.architecture }
    /// Every flow's firewall crossings by firewall, gathered once for the firewall paragraphs.
    let crossingsByFirewall: [ElementID: [(flow: Flow, crossing: FirewallCrossing)]]
    let coverage: CoverageFacts
    /// Hosts and stand-alone components nothing monitors.
    let unmonitored: Set<ElementID>

    init(_ facts: ArchitectureFacts) {
        self.facts = facts
        crossingsByFirewall = facts.firewalls.crossingsByFirewall()
        coverage = facts.coverage()
        unmonitored = Set(facts.monitoring.unmonitoredHosts + facts.monitoring.unmonitoredComponents)
    }

    /// An element as the prose names it: its id in a code span.
    func ref(_ id: ElementID) -> String { MD.code(id.rawValue) }

    /// Several elements, as a natural-language list of references.
    func refs(_ ids: [ElementID]) -> String { MD.list(ids.map(ref)) }

    /// The zone's kind as a phrase, e.g. "the internet", "a DMZ".
    func zonePhrase(_ zone: Zone) -> String {
        switch zone.kind {
        case .internet: "the public internet"
        case .external: "a third party's network"
        case .dmz: "the DMZ"
        case .private: "a private network"
        }
    }

    /// The zone's members as the prose lists them: its hosts, then its stand-alone components.
    func members(of zone: ElementID) -> [ElementID] {
        architecture.hosts.filter { $0.zone == zone }.map(\.id)
            + architecture.components.filter { $0.host == nil && $0.zone == zone }.map(\.id)
    }

    /// Where the element runs, as a phrase: "on host `server-1` in zone `private`".
    func placement(of component: Component) -> String {
        var parts: [String] = []
        if let host = component.host { parts.append("on host \(ref(host))") }
        if let zone = index.zone(of: component.id) { parts.append("in zone \(ref(zone.id)) (\(zonePhrase(zone)))") }
        return parts.joined(separator: " ")
    }

    /// The incoming and outgoing flows of an element, in declaration order.
    func incoming(_ id: ElementID) -> [Flow] { index.incoming[id] ?? [] }
    func outgoing(_ id: ElementID) -> [Flow] { index.outgoing[id] ?? [] }

    /// "http on port 80", "mysql on port 3306", "file".
    func transport(_ flow: Flow) -> String {
        MD.text(flow.protocol) + (flow.port.map { " on port \($0)" } ?? "")
    }
}
