import TopographModel

/// Application servers that cannot write while their peers can: peers are the application
/// servers running the same software (the same code base, deployed alike) and fed requests by
/// the same kinds of components: an API tier and a worker tier on one runtime are not peers. A request that writes
/// fails whenever the load balancer hands it to one without a write path.
public struct WritePathFacts: Sendable {
    public struct Missing: Sendable {
        public let server: ElementID
        /// Its peers that do write, in declaration order.
        public let writingPeers: [ElementID]
        /// The write flows of its first writing peer, in declaration order (the path it lacks).
        public let peerWrites: [Flow]
        /// Whether anything sends it requests (else it is a worker that pulls its work).
        public let isBackend: Bool
    }

    /// Application servers without a write path, in declaration order.
    public let missing: [Missing]

    /// One pass over the servers and their outgoing flows: linear however large the tier.
    init(index: ArchitectureIndex, tiers: TierFacts) {
        let apps = tiers.members[.appServer] ?? []
        // What sends a server its work, by kind: an API tier fed by load balancers or web servers is
        // not the peer of a worker tier (fed by nothing, or by a queue's consumers' own pulls).
        func feeders(_ c: Component) -> [String] {
            let sources = (index.incoming[c.id] ?? []).filter { $0.purpose == .request || $0.purpose == .read || $0.purpose == .write }
            return Set(sources.compactMap { index.components[$0.from]?.kind.rawValue }).sorted()
        }
        func peerGroup(_ c: Component) -> String {
            (c.software?.product.lowercased() ?? "") + "\u{0}" + feeders(c).joined(separator: ",")
        }
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
            return Missing(server: app.id, writingPeers: peers, peerWrites: writes[first] ?? [], isBackend: !feeders(app).isEmpty)
        }
    }
}
