import TopographModel

/// Where TLS from the internet ends, and what travels in plaintext after it.
///
/// A termination point is a component that receives an encrypted request flow on a path from the
/// internet and does not pass TLS through. The plaintext region is everything reached from a
/// termination point over unencrypted request flows; each of its elements remembers the
/// termination point that reaches it first (one multi-source BFS, so the cost stays linear).
public struct TLSFacts: Sendable {
    /// What a component configured for TLS actually does with the requests it receives.
    public enum Endpoint: Sendable, Equatable {
        /// Forwards the encrypted stream untouched.
        case passthrough
        /// Receives at least one encrypted request and decrypts it.
        case terminates
        /// Configured to terminate, yet every request it receives is plaintext: the certificate
        /// protects no hop (health checks and admin traffic do not count).
        case plaintextOnly
        /// Configured to terminate, but no request reaches it in this model.
        case idle
    }

    /// Termination points in declaration order.
    public let terminationPoints: [ElementID]
    /// Where users' own TLS ends: termination points whose encrypted entry comes straight from the
    /// internet (a backend a balancer re-encrypts to terminates the balancer's TLS, not the users');
    /// all termination points when none does. In declaration order.
    public let userTerminationPoints: [ElementID]
    /// The encrypted flow by which internet traffic reaches each termination point.
    public let encryptedEntry: [ElementID: Flow]
    /// For each element of the plaintext region (termination points included), the termination
    /// point whose decrypted traffic reaches it first.
    public let decryptedAt: [ElementID: ElementID]
    /// Request flows that carry decrypted traffic across the network, in declaration order.
    public let plaintextHops: [Flow]
    /// Components reached from the internet over request flows that are all plaintext, in flow
    /// order: nothing users send them is encrypted.
    public let plaintextEntries: [ElementID]
    /// The request flows from the internet into each plaintext entry.
    public let plaintextEntryFlows: [ElementID: [Flow]]
    private let endpoints: [ElementID: Endpoint]

    init(index: ArchitectureIndex, virtualIPs: VirtualIPFacts, reach: InternetReach, isInternetSource: Set<ElementID>) {
        var points: [ElementID] = []
        var entry: [ElementID: Flow] = [:]
        // A virtual IP is an address: its members receive (and decrypt) what is sent to it.
        for c in index.architecture.components
        where reach.reached.contains(c.id) && c.tls?.mode != .passthrough && c.kind != .virtualIP {
            let incoming = (virtualIPs.incoming[c.id] ?? []).first {
                $0.encrypted && $0.purpose == .request && reach.reached.contains($0.from)
            }
            guard let incoming else { continue }
            points.append(c.id)
            entry[c.id] = incoming
        }
        terminationPoints = points
        encryptedEntry = entry
        let direct = points.filter { entry[$0].map { isInternetSource.contains($0.from) } ?? false }
        userTerminationPoints = direct.isEmpty ? points : direct
        // Everything reached from a termination point over unencrypted request flows.
        decryptedAt = FlowSearch(virtualIPs: virtualIPs, from: points) { $0.purpose == .request && !$0.encrypted }.origin
        let region = decryptedAt
        plaintextHops = index.architecture.flows.filter {
            $0.purpose == .request && !$0.encrypted && index.unit(of: $0.from) != index.unit(of: $0.to) && region[$0.from] != nil
        }
        (plaintextEntries, plaintextEntryFlows) = Self.plaintextEntries(index: index, isInternetSource: isInternetSource)
        endpoints = Self.endpoints(index: index, virtualIPs: virtualIPs)
    }

    private static func plaintextEntries(index: ArchitectureIndex, isInternetSource: Set<ElementID>) -> ([ElementID], [ElementID: [Flow]]) {
        var order: [ElementID] = []
        var flows: [ElementID: [Flow]] = [:]
        var encrypted = Set<ElementID>()
        // A DNS record is a name, not a service: a lookup of it carries nothing of the users'.
        for flow in index.architecture.flows
        where isInternetSource.contains(flow.from) && flow.purpose == .request && index.components[flow.to]?.kind != .dnsRecord {
            if flow.encrypted {
                encrypted.insert(flow.to)
            } else {
                if flows[flow.to] == nil { order.append(flow.to) }
                flows[flow.to, default: []].append(flow)
            }
        }
        let entries = order.filter { !encrypted.contains($0) }
        return (entries, flows.filter { !encrypted.contains($0.key) })
    }

    private static func endpoints(index: ArchitectureIndex, virtualIPs: VirtualIPFacts) -> [ElementID: Endpoint] {
        var result: [ElementID: Endpoint] = [:]
        for c in index.architecture.components {
            guard let tls = c.tls else { continue }
            guard tls.mode != .passthrough else {
                result[c.id] = .passthrough
                continue
            }
            let requests = (virtualIPs.incoming[c.id] ?? []).filter { $0.purpose == .request }
            result[c.id] = requests.isEmpty ? .idle : requests.contains(where: \.encrypted) ? .terminates : .plaintextOnly
        }
        return result
    }

    /// What a component does with TLS; nil when it declares no TLS endpoint.
    public func endpoint(_ id: ElementID) -> Endpoint? { endpoints[id] }
}
