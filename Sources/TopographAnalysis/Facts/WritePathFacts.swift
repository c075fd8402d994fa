import TopographModel

/// Application servers that cannot write while their peers can: peers are the application
/// servers running the same software (the same code base, deployed alike) and fed requests by
/// the same kinds of components, so an API tier and a worker tier on one runtime are not peers.
/// A request that writes fails whenever the load balancer hands it to one without a write path.
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

    /// One pass over the servers and their flows: linear however large the tier.
    init(index: ArchitectureIndex, tiers: TierFacts) {
        let apps = tiers.members[.appServer] ?? []
        var feeders: [ElementID: [ComponentKind]] = [:]
        var group: [ElementID: String] = [:]
        for app in apps {
            // What sends a server its work, by kind: load balancers or web servers feed an API tier;
            // nothing feeds a worker tier (it pulls from a queue).
            let kinds = Set(
                (index.incoming[app.id] ?? []).filter { [.request, .read, .write].contains($0.purpose) }
                    .compactMap { index.components[$0.from]?.kind })
            feeders[app.id] = kinds.sorted { $0.rawValue < $1.rawValue }
            group[app.id] = (app.software?.product.lowercased() ?? "") + "\u{0}" + feeders[app.id]!.map(\.rawValue).joined(separator: ",")
        }
        var writes: [ElementID: [Flow]] = [:]
        var writers: [String: [ElementID]] = [:]
        for app in apps {
            let flows = (index.outgoing[app.id] ?? []).filter { $0.purpose == .write }
            guard !flows.isEmpty else { continue }
            writes[app.id] = flows
            writers[group[app.id]!, default: []].append(app.id)
        }
        missing = apps.compactMap { app -> Missing? in
            guard writes[app.id] == nil, let peers = writers[group[app.id]!], let first = peers.first else { return nil }
            return Missing(server: app.id, writingPeers: peers, peerWrites: writes[first] ?? [], isBackend: !feeders[app.id]!.isEmpty)
        }
    }
}
