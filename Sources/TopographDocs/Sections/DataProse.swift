import TopographModel

/// Databases: role, whether the node takes writes, its replicas or source, and failover.
enum DatabaseProse {
    static func sentences(_ c: Component, _ db: DatabaseSpec, _ facts: DocumentFacts) -> [String] {
        let all = facts.index.components(ofKind: .database)
        let writers = all.filter { $0.spec.database?.acceptsWrites == true }
        let replicas = all.filter { $0.spec.database?.replicatesFrom == c.id }
        let engine = db.engine.map { MD.text($0) + " " } ?? ""
        var result: [String] = []
        switch db.role {
        case .primary, .multiPrimary, .standalone:
            let role = db.role == .standalone ? "A stand-alone \(engine)database" : "The \(engine)\(db.role == .primary ? "primary" : "multi-primary member")"
            if db.acceptsWrites {
                result.append(writers.count == 1 ? "\(role): the only node accepting writes." : "\(role), one of \(writers.count) nodes accepting writes.")
            } else {
                result.append("\(role), declared read-only.")
            }
        case .replica:
            var text = "A\(db.readOnly == true ? " read-only" : "") \(engine)replica"
            text += db.replicatesFrom.map { " of \(facts.ref($0))" } ?? " with no declared source"
            text += db.replication.map { ", replicating \(ReplicationText.mode($0))" } ?? ", replication mode not declared"
            result.append(text + ".")
            if db.acceptsWrites { result.append("It is declared writable, so writes can land here and diverge from its source.") }
        }
        if !replicas.isEmpty {
            result.append("\(facts.refs(replicas.map(\.id))) \(replicas.count == 1 ? "replicates" : "replicate") from it.")
        } else if db.role != .replica && writers.count >= 1 {
            result.append("No replica copies its data: losing this node loses the data since the last backup.")
        }
        result.append(dataTraffic(c, facts))
        if db.acceptsWrites || db.role == .replica {
            result.append(db.failover.map { "Failover: \($0.rawValue)." } ?? "No failover is declared: promoting a replica after a failure is a manual job.")
        }
        return result
    }

    /// Who writes and reads here.
    static func dataTraffic(_ c: Component, _ facts: DocumentFacts) -> String {
        let incoming = facts.incoming(c.id)
        let writes = unique(incoming.filter { $0.purpose == .write }.map(\.from))
        let reads = unique(incoming.filter { $0.purpose == .read }.map(\.from))
        var parts: [String] = []
        if !writes.isEmpty { parts.append("writes from \(facts.refs(writes))") }
        if !reads.isEmpty { parts.append("reads from \(facts.refs(reads))") }
        guard let sample = incoming.first(where: { $0.purpose == .write || $0.purpose == .read }) else {
            return "No application reads or writes here in this model."
        }
        let plaintext = incoming.contains { ($0.purpose == .write || $0.purpose == .read) && !$0.encrypted }
        return "It serves \(MD.list(parts)) over \(facts.transport(sample))\(plaintext ? ", in plaintext" : ", encrypted")."
    }
}

/// Monitoring agents and platforms: what is collected where, and which hosts are covered.
enum MonitoringProse {
    static func agent(_ c: Component, _ spec: MonitoringAgentSpec, _ facts: DocumentFacts) -> [String] {
        let vendor = spec.vendor.map { " (\(MD.text($0)))" } ?? ""
        var text = "Collects \(MD.list(spec.collects.map(\.rawValue)))\(vendor)"
        if let host = c.host { text += " on \(facts.ref(host))" }
        if let target = spec.shipsTo {
            let flow = facts.outgoing(c.id).first { $0.to == target }
            text += " and ships them to \(facts.ref(target))"
            text += flow.map { " over \(facts.transport($0)), \($0.encrypted ? "encrypted" : "**in plaintext**")" } ?? ", though no flow to it is modelled"
        } else {
            text += "; it ships them nowhere declared"
        }
        return [text + "."]
    }

    static func platform(_ c: Component, _ spec: MonitoringPlatformSpec, _ facts: DocumentFacts) -> [String] {
        var result: [String] = []
        let vendor = spec.vendor.map { MD.text($0) + ", " } ?? ""
        result.append(spec.saas ? "\(vendor)a SaaS platform run by its vendor outside this network." : "\(vendor)self-hosted.")
        let agents = facts.index.components(ofKind: .monitoringAgent).filter { $0.spec.monitoringAgent?.shipsTo == c.id }
        let hosts = unique(agents.compactMap(\.host))
        if agents.isEmpty {
            result.append("No agent ships to it.")
        } else {
            result.append("It receives telemetry from \(facts.refs(agents.map(\.id))), covering \(MD.count(hosts.count, "host")) (\(facts.refs(hosts))).")
        }
        let uncovered = facts.architecture.hosts.map(\.id).filter { !hosts.contains($0) }
        if !uncovered.isEmpty && !agents.isEmpty { result.append("Not covered: \(facts.refs(uncovered)).") }
        return result
    }
}
