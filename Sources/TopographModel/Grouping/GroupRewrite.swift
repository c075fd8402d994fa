/// Folds each group's members into its representative and rewrites every reference to them.
struct GroupRewrite {
    let architecture: Architecture
    /// Every id of a folded host or of one of its components, to the id that now stands for it.
    private(set) var replacement: [ElementID: ElementID] = [:]
    /// New names of representatives and their components.
    private(set) var names: [ElementID: String] = [:]
    /// How many original hosts or components each representative (or its component) stands for.
    private(set) var multiplicity: [ElementID: Int] = [:]

    init(architecture: Architecture, shapes: HostShapes, groups: [ServerGrouping.Group]) {
        self.architecture = architecture
        for group in groups {
            let kept = shapes.components(of: group.representative).map(\.id)
            var byPosition = kept.map { [$0] }
            for member in group.members.dropFirst() {
                replacement[member] = group.representative
                for (position, component) in shapes.components(of: member).enumerated() {
                    replacement[component.id] = kept[position]
                    byPosition[position].append(component.id)
                }
            }
            names[group.representative] = ServerGrouping.label(for: group.members)
            multiplicity[group.representative] = group.members.count
            for ids in byPosition {
                names[ids[0]] = ServerGrouping.label(for: ids)
                multiplicity[ids[0]] = ids.count
            }
        }
    }

    private func map(_ id: ElementID) -> ElementID { replacement[id] ?? id }

    /// The collapsed architecture.
    func apply() -> Architecture {
        var result = architecture
        result.hosts = architecture.hosts.compactMap { host in
            guard replacement[host.id] == nil else { return nil }
            var host = host
            if let name = names[host.id] { host.name = name }
            return host
        }
        result.components = architecture.components.compactMap(rewrite)
        result.certificates = architecture.certificates.map { certificate in
            var certificate = certificate
            certificate.installedOn = certificate.installedOn.map(map).uniqued()
            return certificate
        }
        result.flows = rewriteFlows()
        result.acceptedRisks = architecture.acceptedRisks.map { risk in
            var risk = risk
            risk.element = risk.element.map(map)
            return risk
        }.uniqued()
        result.sources = SourceMap(architecture.sources.locations.filter { replacement[$0.key] == nil })
        return result
    }

    private func rewrite(_ component: Component) -> Component? {
        guard replacement[component.id] == nil else { return nil }
        var component = component
        if let name = names[component.id] { component.name = name }
        component.spec = component.spec.mappingIDs(map)
        if let certificate = component.tls?.certificate { component.tls?.certificate = map(certificate) }
        return component
    }

    /// Flows with endpoints moved to representatives. A moved flow equal to another in everything but
    /// its id and description is dropped; flows the grouping did not touch are all kept. A derived id
    /// follows its endpoints; an id the author chose is kept.
    private func rewriteFlows() -> [Flow] {
        func shape(_ flow: Flow) -> FlowShape {
            FlowShape(
                from: flow.from.rawValue, to: flow.to.rawValue, proto: flow.protocol, port: flow.port ?? -1,
                encrypted: flow.encrypted, purpose: flow.purpose.rawValue)
        }
        let moves = { (flow: Flow) in replacement[flow.from] != nil || replacement[flow.to] != nil }
        var seen = Set(architecture.flows.lazy.filter { !moves($0) }.map(shape))
        return architecture.flows.compactMap { flow in
            guard moves(flow) else { return flow }
            var moved = flow
            moved.from = map(flow.from)
            moved.to = map(flow.to)
            if flow.id == Flow.derivedID(from: flow.from, to: flow.to, purpose: flow.purpose) {
                moved.id = Flow.derivedID(from: moved.from, to: moved.to, purpose: flow.purpose)
            }
            return seen.insert(shape(moved)).inserted ? moved : nil
        }
    }
}
