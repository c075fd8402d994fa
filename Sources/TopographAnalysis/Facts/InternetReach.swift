import TopographModel

/// Paths from the internet inward: which elements outside traffic reaches over request, read and
/// write flows, and by which flow each was first reached (a shortest path, for evidence).
public struct InternetReach: Sendable {
    /// The flow by which each reached element was first entered; sources have none.
    public let entry: [ElementID: Flow]
    public let reached: Set<ElementID>

    /// Whether a flow is part of a user's request: admin, monitoring, health-check, replication
    /// and DNS traffic are not.
    public static func carriesRequests(_ flow: Flow) -> Bool {
        flow.purpose == .request || flow.purpose == .read || flow.purpose == .write
    }

    init(virtualIPs: VirtualIPFacts, sources: [ElementID]) {
        let search = FlowSearch(virtualIPs: virtualIPs, from: sources, following: Self.carriesRequests)
        entry = search.entry
        reached = Set(search.origin.keys)
    }

    /// The element ids from an internet source to `id`, or empty when outside traffic never gets there.
    public func path(to id: ElementID) -> [ElementID] {
        guard reached.contains(id) else { return [] }
        var path = [id]
        var current = id
        while let flow = entry[current] {
            current = flow.from
            path.append(current)
        }
        return path.reversed()
    }

    /// `user -> lb -> web-1`, or nil when unreached.
    public func pathText(to id: ElementID) -> String? {
        let path = path(to: id)
        return path.isEmpty ? nil : path.map(\.rawValue).joined(separator: " -> ")
    }
}
