import TopographModel

/// What one view draws: which components (in focus or dimmed for context) and which flows.
struct DiagramScene {
    let index: ArchitectureIndex
    let view: DiagramView
    /// Components drawn, in declaration order.
    let components: [Component]
    /// Drawn for context only (grey, no detail).
    let dimmed: Set<ElementID>
    /// Flows drawn, in declaration order; both ends are drawn components.
    let flows: [Flow]
    private let drawn: Set<ElementID>

    init(_ architecture: Architecture, view: DiagramView) {
        let index = ArchitectureIndex(architecture)
        self.index = index
        self.view = view
        let candidates = architecture.flows.filter { Self.shows($0, in: view) }
        var drawn = Set<ElementID>()
        var dimmed = Set<ElementID>()
        let endpoints = Set(candidates.flatMap { [$0.from, $0.to] })
        for component in architecture.components {
            switch Self.placement(of: component, in: view, isEndpoint: endpoints.contains(component.id)) {
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
        flows = candidates.filter { drawn.contains($0.from) && drawn.contains($0.to) }
    }

    private enum Placement { case focus, context, hidden }

    private static func placement(of component: Component, in view: DiagramView, isEndpoint: Bool) -> Placement {
        switch view {
        case .overview:
            return .focus
        case .security:
            return [.monitoringAgent, .monitoringPlatform].contains(component.kind) ? .hidden : .focus
        case .data:
            if [.database, .cache].contains(component.kind) || isEndpoint { return .focus }
            return .hidden
        case .monitoring:
            if [.monitoringAgent, .monitoringPlatform].contains(component.kind) { return .focus }
            // Everything else on a host stays, greyed, so a host without an agent stands out.
            return component.host != nil ? .context : .hidden
        }
    }

    private static func shows(_ flow: Flow, in view: DiagramView) -> Bool {
        switch view {
        case .overview: true
        case .security: ![.metrics, .logs].contains(flow.purpose)
        case .data: [.read, .write, .replication].contains(flow.purpose)
        case .monitoring: [.metrics, .logs].contains(flow.purpose)
        }
    }

    /// Whether flows into protected elements are drawn through the firewalls in front of them.
    var routesThroughFirewalls: Bool { view == .overview || view == .security }

    /// Whether DNS records get a faint line to what they resolve to.
    var showsResolution: Bool { view == .overview || view == .security }

    func isDrawn(_ id: ElementID) -> Bool { drawn.contains(id) }
}
