import TopographModel

/// Where users come in, and what else the internet can talk to.
public struct EntryFacts: Sendable {
    /// Components that users' requests enter through: targets of request, read or write flows
    /// from an internet source, in flow order. An operator's SSH session, a monitoring probe or a
    /// health check reaches a component without making it an entry point.
    public let entryPoints: [ElementID]
    /// Every component an internet source sends anything to (DNS records and clients aside), in
    /// flow order: the entry points plus admin, monitoring and health-check targets.
    public let internetFacing: [ElementID]

    init(index: ArchitectureIndex, isInternetSource: Set<ElementID>) {
        var entries: [ElementID] = []
        var facing: [ElementID] = []
        var seenEntry = Set<ElementID>()
        var seenFacing = Set<ElementID>()
        for flow in index.architecture.flows where isInternetSource.contains(flow.from) {
            guard let target = index.components[flow.to], target.kind != .dnsRecord, target.kind != .client else { continue }
            if seenFacing.insert(flow.to).inserted { facing.append(flow.to) }
            if InternetReach.carriesRequests(flow), seenEntry.insert(flow.to).inserted { entries.append(flow.to) }
        }
        entryPoints = entries
        internetFacing = facing
    }
}
