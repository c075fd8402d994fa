import TopographAnalysis
import TopographModel

/// What one view draws: which components (in focus or dimmed for context) and which flows.
struct DiagramScene {
    /// The model's facts, the same ones the rules and the design document read.
    let facts: ArchitectureFacts
    var index: ArchitectureIndex { facts.index }
    let view: DiagramView
    /// Components drawn, in declaration order.
    let components: [Component]
    /// Drawn for context only (grey, no detail).
    let dimmed: Set<ElementID>
    /// Greyed, but what the view's findings are about: drawn with `DiagramView.unwatchedNote` and badges.
    let flagged: Set<ElementID>
    /// Flows drawn, in declaration order; both ends are drawn (components, or hosts and zones
    /// with something drawn in them).
    private(set) var flows: [Flow] = []
    private let drawn: Set<ElementID>
    /// A diff drawn over the scene: flows with different marks are never merged into one line.
    var diff: DiffMarks?

    init(_ facts: ArchitectureFacts, view: DiagramView) {
        let architecture = facts.architecture
        self.facts = facts
        self.view = view
        let candidates = architecture.flows.filter { view.showsFlow($0, facts.index.components[$0.to]?.kind) }
        var drawn = Set<ElementID>()
        var dimmed = Set<ElementID>()
        let endpoints = Set(candidates.flatMap { [$0.from, $0.to] })
        let unwatched = view.unwatchedNote == nil ? [] : Set(facts.monitoring.unmonitoredComponents)
        flagged = unwatched
        for component in architecture.components {
            let placement = view.placement(component, endpoints.contains(component.id))
            switch placement == .hidden && unwatched.contains(component.id) ? .context : placement {
            case .focus: drawn.insert(component.id)
            case .context:
                drawn.insert(component.id)
                dimmed.insert(component.id)
            case .hidden: break
            }
        }
        components = architecture.components.filter { drawn.contains($0.id) }
        self.dimmed = dimmed
        self.drawn = drawn
        flows = candidates.filter { anchor(of: $0.from) != nil && anchor(of: $0.to) != nil }
    }

    /// Where an edge to a model element attaches: the element's own node, or for a host or zone
    /// one of the nodes drawn inside it, with the edge clipped at the cluster's border.
    struct Anchor: Hashable {
        var node: String
        /// The cluster to clip at (`lhead`/`ltail`), when the element is a host or zone.
        var cluster: String?
    }

    func anchor(of id: ElementID) -> Anchor? {
        if drawn.contains(id) {
            if collapsed(id), let host = index.components[id]?.host { return Anchor(node: DiagramBuilder.contextNodeID(host)) }
            return Anchor(node: DOTEncoder.identifier(id.rawValue))
        }
        let inside: [Component]
        let cluster: String
        if let host = index.hosts[id] {
            inside = components.filter { $0.host == host.id }
            cluster = DOTEncoder.identifier(host.id.rawValue, prefix: "cluster_host_")
        } else if let zone = index.zones[id] {
            inside = components.filter { index.zone(of: $0.id)?.id == zone.id }
            cluster = DOTEncoder.identifier(zone.id.rawValue, prefix: "cluster_zone_")
        } else {
            return nil
        }
        guard let first = inside.first(where: { !collapsed($0.id) }) ?? inside.first else { return nil }
        let node = collapsed(first.id) ? DiagramBuilder.contextNodeID(first.host!) : DOTEncoder.identifier(first.id.rawValue)
        return Anchor(node: node, cluster: cluster)
    }

    /// Dimmed components on a host are drawn as one grey node per host (see `contextNode`).
    func collapsed(_ id: ElementID) -> Bool { dimmed.contains(id) && index.components[id]?.host != nil }

    /// Whether flows into protected elements are drawn through the firewalls in front of them.
    var routesThroughFirewalls: Bool { view.routesThroughFirewalls }

    /// Whether DNS records get a faint line to what they resolve to.
    var showsResolution: Bool { view.showsResolution }
}
