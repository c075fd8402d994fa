import TopographModel

/// Application servers that cannot write while their peers can: peers are the application
/// servers running the same software (the same code base, deployed alike). A request that
/// writes fails whenever the load balancer hands it to one without a write path.
public struct WritePathFacts: Sendable {
    public struct Missing: Sendable {
        public let server: ElementID
        /// Its peers that do write, in declaration order.
        public let writingPeers: [ElementID]
        /// The write flows of its first writing peer, in declaration order (the path it lacks).
        public let peerWrites: [Flow]
    }

    /// Application servers without a write path, in declaration order.
    public let missing: [Missing]

    /// One pass over the servers and their outgoing flows: linear however large the tier.
    init(index: ArchitectureIndex, tiers: TierFacts) {
        let apps = tiers.members[.appServer] ?? []
        func peerGroup(_ c: Component) -> String { c.software?.product.lowercased() ?? "" }
        var writes: [ElementID: [Flow]] = [:]
        var writers: [String: [ElementID]] = [:]
        for app in apps {
            let flows = (index.outgoing[app.id] ?? []).filter { $0.purpose == .write }
            guard !flows.isEmpty else { continue }
            writes[app.id] = flows
            writers[peerGroup(app), default: []].append(app.id)
        }
        missing = apps.compactMap { app -> Missing? in
            guard writes[app.id] == nil, let peers = writers[peerGroup(app)], let first = peers.first else { return nil }
            return Missing(server: app.id, writingPeers: peers, peerWrites: writes[first] ?? [])
        }
    }
}
