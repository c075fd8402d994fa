import TopographModel

extension ScenarioAnalyzer.State {
    /// Writes now, after an automatic failover, and after a person promotes a replica.
    func writes() -> CapabilityImpact? {
        guard let instances = structure.instances[.writes], !instances.isEmpty else { return nil }
        let now = split(structure.writesBeforeFailover)
        let capacity = (now.working.count, instances.count)
        let lostNodes = structure.shape.writeGroups.values.filter { isDown($0.writeNode) }
            .sorted { position($0.writeNode) < position($1.writeNode) }
        if !now.working.isEmpty {
            if now.lost.isEmpty { return CapabilityImpact(.writes, .ok, "every writer writes", capacity: capacity) }
            return CapabilityImpact(
                .writes, .degraded, "\(now.working.count) of \(instances.count) writers can write (\(Words.list(now.lost, limit: 4)) lost)",
                elements: now.lost, capacity: capacity)
        }
        let lostIDs = lostNodes.map(\.writeNode)
        if split(instances).working.count > 0 {
            let replicas = lostNodes.flatMap { $0.replicas.filter { !isDown($0) } }
            return CapabilityImpact(
                .writes, .interrupted,
                "stop for the failover window, until \(Words.alternatives(replicas)) takes over from \(Words.list(lostIDs)) automatically",
                elements: replicas, capacity: capacity)
        }
        if split(structure.writesAfterPromotion).working.count > 0 {
            let replicas = lostNodes.flatMap { $0.replicas.filter { !isDown($0) } }
            let declared = lostNodes.allSatisfy { $0.failover == .manual } ? "manual failover" : "no automatic failover declared"
            return CapabilityImpact(
                .writes, .down,
                "every write stops until a person promotes \(Words.alternatives(replicas)) (\(declared))",
                elements: replicas, capacity: capacity)
        }
        if !lostNodes.isEmpty {
            let why =
                lostNodes.allSatisfy { $0.replicas.isEmpty }
                ? "no replica to promote"
                : lostNodes.contains { $0.failover == FailoverMode.none } ? "failover is declared none" : "its replicas are lost too"
            return CapabilityImpact(
                .writes, .down, "every write stops until \(Words.list(lostIDs)) is back (\(why))", elements: lostIDs,
                capacity: capacity)
        }
        return CapabilityImpact(.writes, .down, "every write stops: no request reaches a writer", capacity: capacity)
    }

    /// Data: a lost write node whose replicas lag (asynchronous) or that has no replica at all.
    func data() -> CapabilityImpact? {
        let groups = structure.shape.writeGroups.values.sorted { position($0.writeNode) < position($1.writeNode) }
        guard !groups.isEmpty else { return nil }
        let lost = groups.filter { isDown($0.writeNode) }
        let lagging = lost.filter { !$0.asyncReplicas.isEmpty }
        let alone = lost.filter { $0.replicas.isEmpty && $0.peers.isEmpty }
        var sentences: [String] = []
        for g in lagging {
            sentences.append(
                "the last transactions \(g.writeNode) committed but had not yet sent to \(Words.list(g.asyncReplicas)) (asynchronous replication) may be lost"
            )
        }
        for g in alone { sentences.append("\(g.writeNode) holds the only copy: its data comes back only with its disk or a backup") }
        if sentences.isEmpty {
            let what = lost.isEmpty ? "no write node lost" : "every committed transaction is on a replica"
            return CapabilityImpact(.data, .ok, what)
        }
        return CapabilityImpact(
            .data, .atRisk, sentences.joined(separator: "; "), elements: lagging.flatMap(\.asyncReplicas) + alone.map(\.writeNode))
    }

    /// Declaration position of a component, for stable order.
    func position(_ id: ElementID) -> Int { structure.units.byID[id]?.variable ?? Int.max }
}
