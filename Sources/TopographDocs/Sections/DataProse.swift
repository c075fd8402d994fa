import TopographAnalysis
import TopographModel

/// Databases: role, whether the node takes writes, its replicas or source, and failover.
enum DatabaseProse {
    static func sentences(_ c: Component, _ db: DatabaseSpec, _ doc: DocumentContext) -> [String] {
        let writers = doc.facts.replication.writers
        let replicas = doc.facts.replication.replicas[c.id] ?? []
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
            text += db.replicatesFrom.map { " of \(doc.ref($0))" } ?? " with no declared source"
            text += db.replication.map { ", replicating \(ReplicationText.adverb($0))" } ?? "; its replication mode is not declared"
            result.append(text + ".")
            if let mode = db.replication, mode != .sync, let source = db.replicatesFrom {
                result.append(
                    "Promoted after a failure of \(doc.ref(source)), it would lack the transactions that had not reached it yet.")
            }
            if db.acceptsWrites { result.append("It is declared writable, so writes can land here and diverge from its source.") }
        }
        if !replicas.isEmpty {
            result.append("\(doc.refs(replicas.map(\.id))) \(replicas.count == 1 ? "replicates" : "replicate") from it.")
        } else if db.role != .replica && writers.count >= 1 {
            result.append("No replica copies its data: losing this node loses the data since the last backup.")
        }
        result.append(dataTraffic(c, doc))
        if db.acceptsWrites {
            // Only a group's single writer has a standby; several writers take over from each other.
            let group = doc.facts.replication.group(of: c.id)
            let standby = group.flatMap { $0.writeNodes.count == 1 ? $0.automaticFailover.map(\.id) : nil }
            result.append(failover(db, replicas: replicas.map(\.id), standby: standby, doc))
        }
        return result
    }

    /// What happens to writes when this node fails.
    static func failover(_ db: DatabaseSpec, replicas: [ElementID], standby: [ElementID]?, _ doc: DocumentContext) -> String {
        switch db.failover {
        case .automatic?:
            guard let standby else { return "Failover is automatic." }
            guard !standby.isEmpty else { return "Failover is declared automatic, but no replica is there to take over." }
            return
                "Failover is automatic: if it fails, \(MD.list(standby.map(doc.ref), conjunction: "or")) is promoted and takes the writes."
        case .manual?, nil:
            let how = db.failover == nil ? "No failover is declared" : "Failover is manual"
            if replicas.isEmpty { return "\(how): if it fails, writes stop until it is restored." }
            return "\(how): if it fails, writes stop until someone promotes \(MD.list(replicas.map(doc.ref), conjunction: "or")) by hand."
        case .none?: return "Failover is declared as none: if it fails, writes stop until it is restored."
        }
    }

    /// Who writes and reads here.
    static func dataTraffic(_ c: Component, _ doc: DocumentContext) -> String {
        let incoming = doc.incoming(c.id)
        let writes = (incoming.filter { $0.purpose == .write }.map(\.from)).uniqued()
        let reads = (incoming.filter { $0.purpose == .read }.map(\.from)).uniqued()
        var parts: [String] = []
        if !writes.isEmpty { parts.append("writes from \(doc.refs(writes))") }
        if !reads.isEmpty { parts.append("reads from \(doc.refs(reads))") }
        guard let sample = incoming.first(where: { $0.purpose == .write || $0.purpose == .read }) else {
            return "No application reads or writes here in this model."
        }
        let plaintext = incoming.contains { ($0.purpose == .write || $0.purpose == .read) && !$0.encrypted }
        return "It serves \(MD.list(parts)) over \(doc.transport(sample))\(plaintext ? ", in plaintext" : ", encrypted")."
    }
}

/// Monitoring agents and platforms: what is collected where, and which hosts are covered.
enum MonitoringProse {
    static func agent(_ c: Component, _ spec: MonitoringAgentSpec, _ doc: DocumentContext) -> [String] {
        var text = "Collects \(MD.list(spec.collects.map(\.rawValue)))"
        if let host = c.host { text += " on \(doc.ref(host))" }
        if let target = spec.shipsTo {
            let flow = doc.outgoing(c.id).first { $0.to == target }
            text += " and ships them to \(doc.ref(target))"
            text +=
                flow.map { " over \(doc.transport($0)), \($0.encrypted ? "encrypted" : "**in plaintext**")" }
                ?? ", though no flow to it is modelled"
        } else if let scraper = doc.facts.monitoring.scrapers[c.id]?.first ?? spec.scrapedBy {
            // Pull: the platform opens the connection (the fact MonitoringFacts.scrapers).
            let flow = doc.incoming(c.id).first { $0.from == scraper }
            text += " for \(doc.ref(scraper)) to scrape"
            text +=
                flow.map { " over \(doc.transport($0)), \($0.encrypted ? "encrypted" : "**in plaintext**")" }
                ?? ", though no scrape from it is modelled"
        } else {
            text += "; it ships them nowhere declared"
        }
        return [text + "."]
    }

    static func platform(_ c: Component, _ spec: MonitoringPlatformSpec, _ doc: DocumentContext) -> [String] {
        var result: [String] = []
        let vendor = spec.vendor.flatMap { $0 == c.software?.product ? nil : " (\(MD.text($0)))" } ?? ""
        result.append(spec.saas ? "A SaaS platform run by its vendor\(vendor) outside this network." : "Self-hosted\(vendor).")
        let agents = doc.facts.monitoring.agentsByPlatform[c.id] ?? []
        let hosts = agents.compactMap(\.host).uniqued()
        if agents.isEmpty {
            result.append("No agent ships to it.")
        } else {
            result.append(
                "It receives telemetry from \(doc.refs(agents.map(\.id))), covering \(MD.count(hosts.count, "host")) (\(doc.refs(hosts)))."
            )
        }
        if let scraped = doc.facts.monitoring.scrapes[c.id] {
            result.append("It scrapes \(doc.refs(scraped.uniqued())).")
        }
        let uncovered = doc.facts.monitoring.unmonitoredHosts
        if !uncovered.isEmpty && !agents.isEmpty { result.append("Not covered: \(doc.refs(uncovered)).") }
        return result
    }
}
