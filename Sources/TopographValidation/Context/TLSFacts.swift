import TopographModel

/// Where TLS from the internet ends, and what travels in plaintext after it.
///
/// A termination point is a component that receives an encrypted request flow on a path from the
/// internet and does not pass TLS through. The plaintext region is everything reached from a
/// termination point over unencrypted request flows; each of its elements remembers the
/// termination point that reaches it first (one multi-source BFS, so the cost stays linear).
struct TLSFacts {
    /// Termination points in declaration order.
    let terminationPoints: [ElementID]
    /// The encrypted flow by which internet traffic reaches each termination point.
    let encryptedEntry: [ElementID: Flow]
    /// For each element of the plaintext region (termination points included), the termination
    /// point whose decrypted traffic reaches it first.
    let decryptedAt: [ElementID: ElementID]

    init(index: ArchitectureIndex, reach: InternetReach) {
        var points: [ElementID] = []
        var entry: [ElementID: Flow] = [:]
        for c in index.architecture.components where reach.reached.contains(c.id) && c.tls?.mode != .passthrough {
            let incoming = (index.incoming[c.id] ?? []).first {
                $0.encrypted && $0.purpose == .request && reach.reached.contains($0.from)
            }
            guard let incoming else { continue }
            points.append(c.id)
            entry[c.id] = incoming
        }
        var origin: [ElementID: ElementID] = [:]
        var queue: [ElementID] = []
        for p in points where origin[p] == nil {
            origin[p] = p
            queue.append(p)
        }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for flow in index.outgoing[v] ?? [] where flow.purpose == .request && !flow.encrypted {
                guard origin[flow.to] == nil else { continue }
                origin[flow.to] = origin[v]
                queue.append(flow.to)
            }
        }
        terminationPoints = points
        encryptedEntry = entry
        decryptedAt = origin
    }
}
