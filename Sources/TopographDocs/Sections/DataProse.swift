import TopographModel

/// Databases: role, whether the node takes writes, its replicas or source, and failover.
enum DatabaseProse {
    static func sentences(_ c: Component, _ db: DatabaseSpec, _ facts: DocumentFacts) -> [String] {
        let writers = facts.writers
        let replicas = facts.replicasBySource[c.id] ?? []
        // The header already names the software; the engine is only worth repeating without it.
        let engine = c.software == nil ? db.engine.map { MD.text($0) + " " } ?? "" : ""
        var result: [String] = []
        switch db.role {
        case .primary, .multiPrimary, .standalone:
            let role =
                db.role == .standalone
                ? "A stand-alone \(engine)database" : "The \(engine)\(db.role == .primary ? "primary" : "multi-primary member")"
            if db.acceptsWrites {
                result.append(
                    writers.count == 1
                        ? "\(role): the only node accepting writes." : "\(role), one of \(writers.count) nodes accepting writes.")
            } else {
                result.append("\(role), declared read-only.")
            }
        case .replica:
            var text = "A\(db.readOnly == true ? " read-only" : "") \(engine)replica"
            text += db.replicatesFrom.map { " of \(facts.ref($0))" } ?? " with no declared source"
            text += db.replication.map { ", replicating \(ReplicationText.adverb($0))" } ?? "; its replication mode is not declared"
            result.append(text + ".")
            if let mode = db.replication, mode != .sync, let source = db.replicatesFrom {
                result.append(
                    "Promoted after a failure of \(facts.ref(source)), it would lack the transactions that had not reached it yet.")
            }
            if db.acceptsWrites { result.append("It is declared writable, so writes can land here and diverge from its source.") }
        }
        if !replicas.isEmpty {
            result.append("\(facts.refs(replicas.map(\.id))) \(replicas.count == 1 ? "replicates" : "replicate") from it.")
        } else if db.role != .replica && writers.count >= 1 {
            result.append("No replica copies its data: losing this node loses the data since the last backup.")
        }
        result.append(dataTraffic(c, facts))
        if db.acceptsWrites {
            result.append(failover(db, replicas: replicas.map(\.id), facts))
        }
        return result
    }

    /// What happens to writes when this node fails.
    static func failover(_ db: DatabaseSpec, replicas: [ElementID], _ facts: DocumentFacts) -> String {
        switch db.failover {
        case .automatic?: return "Failover is automatic."
        case .manual?, nil:
            let how = db.failover == nil ? "No failover is declared" : "Failover is manual"
            if replicas.isEmpty { return "\(how): if it fails, writes stop until it is restored." }
            return "\(how): if it fails, writes stop until someone promotes \(MD.list(replicas.map(facts.ref), conjunction: "or")) by hand."
        case .none?: return "Failover is declared as none: if it fails, writes stop until it is restored."
        }
    }

    /// Who writes and reads here.
    static func dataTraffic(_ c: Component, _ facts: DocumentFacts) -> String {
        let incoming = facts.incoming(c.id)
        let writes = (incoming.filter { $0.purpose == .write }.map(\.from)).uniqued()
        let reads = (incoming.filter { $0.purpose == .read }.map(\.from)).uniqued()
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
        var text = "Collects \(MD.list(spec.collects.map(\.rawValue)))"
        if let host = c.host { text += " on \(facts.ref(host))" }
        if let target = spec.shipsTo {
            let flow = facts.outgoing(c.id).first { $0.to == target }
            text += " and ships them to \(facts.ref(target))"
            text +=
                flow.map { " over \(facts.transport($0)), \($0.encrypted ? "encrypted" : "**in plaintext**")" }
                ?? ", though no flow to it is modelled"
        } else {
            text += "; it ships them nowhere declared"
        }
        return [text + "."]
    }

    static func platform(_ c: Component, _ spec: MonitoringPlatformSpec, _ facts: DocumentFacts) -> [String] {
        var result: [String] = []
        let vendor = spec.vendor.flatMap { $0 == c.software?.product ? nil : " (\(MD.text($0)))" } ?? ""
        result.append(spec.saas ? "A SaaS platform run by its vendor\(vendor) outside this network." : "Self-hosted\(vendor).")
        let agents = facts.agentsByPlatform[c.id] ?? []
        let hosts = agents.compactMap(\.host).uniqued()
        if agents.isEmpty {
            result.append("No agent ships to it.")
        } else {
            result.append(
                "It receives telemetry from \(facts.refs(agents.map(\.id))), covering \(MD.count(hosts.count, "host")) (\(facts.refs(hosts)))."
            )
        }
        let uncovered = facts.architecture.hosts.map(\.id).filter { !hosts.contains($0) }
        if !uncovered.isEmpty && !agents.isEmpty { result.append("Not covered: \(facts.refs(uncovered)).") }
        return result
    }
}
