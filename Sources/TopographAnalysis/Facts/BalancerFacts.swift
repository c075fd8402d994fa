import TopographModel

/// What each load balancer balances onto, and where that is the wrong tier: a balancer that
/// carries web requests (it receives http, https, WebSocket or gRPC requests and splits no reads
/// from writes) pointed at a machine that runs only data services (a database, a cache, a queue,
/// a bucket). Its flows there are misrouted web requests, not database traffic.
public struct BalancerFacts: Sendable {
    public struct Misrouted: Sendable {
        public let balancer: ElementID
        /// The backend as the balancer names it.
        public let backend: ElementID
        /// The machine the backend runs on: its host, or the backend itself when it stands alone.
        public let machine: ElementID
        /// What runs on that machine (agents and firewalls aside), in declaration order.
        public let runs: [Component]
        /// The web requests the balancer receives, in declaration order.
        public let requests: [Flow]
        /// The balancer's flows to that machine, in declaration order.
        public let flows: [Flow]
    }

    /// Misrouted backends, by balancer in declaration order, then in backend order.
    public let misrouted: [Misrouted]
    /// The ids of the misrouted flows (web requests, not data access).
    public let misroutedFlows: Set<ElementID>

    init(index: ArchitectureIndex, virtualIPs: VirtualIPFacts) {
        var found: [Misrouted] = []
        for lb in index.architecture.components {
            guard let spec = lb.spec.loadBalancer, spec.routing == nil else { continue }
            let requests = (virtualIPs.incoming[lb.id] ?? []).filter { $0.purpose == .request && ProtocolTable.isWeb($0.protocol) }
            guard !requests.isEmpty else { continue }
            var seen = Set<ElementID>()
            for backend in spec.backends {
                let machine = index.unit(of: backend)
                guard seen.insert(machine).inserted, let runs = Self.dataOnly(machine, index) else { continue }
                let flows = (index.outgoing[lb.id] ?? []).filter { index.unit(of: $0.to) == machine }
                found.append(Misrouted(balancer: lb.id, backend: backend, machine: machine, runs: runs, requests: requests, flows: flows))
            }
        }
        misrouted = found
        misroutedFlows = Set(found.flatMap { $0.flows.map(\.id) })
    }

    /// What a machine runs when that is data services only; nil when it serves anything else.
    private static func dataOnly(_ machine: ElementID, _ index: ArchitectureIndex) -> [Component]? {
        let all = index.hosts[machine] != nil ? index.componentsByHost[machine] ?? [] : index.components[machine].map { [$0] } ?? []
        let main = all.filter { $0.kind != .monitoringAgent && $0.kind != .firewall }
        guard !main.isEmpty, main.allSatisfy(\.kind.isDataStore) else { return nil }
        return main
    }
}
