import TopographAnalysis
import TopographModel

/// The traffic that is not part of a user's request: replication, telemetry, health checks, admin.
enum BackgroundSection {
    static func render(_ doc: DocumentContext) -> String {
        let walked = RequestWalkSection.walkPurposes.union([.dns])
        let flows = doc.architecture.flows.filter { !walked.contains($0.purpose) }
        guard !flows.isEmpty else { return "" }
        var order: [String] = []
        var groups: [String: [Flow]] = [:]
        for flow in flows {
            let key = "\(flow.purpose)|\(flow.to)|\(flow.protocol)|\(flow.port ?? -1)|\(flow.encrypted)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(flow)
        }
        let lines = order.map { sentence(groups[$0]!, doc) + denials(groups[$0]!, doc) }
        return "Alongside the requests:\n\n" + lines.map { "- " + $0 }.joined(separator: "\n")
    }

    /// The firewalls that drop some of these flows, as the request walk says it for requests: the
    /// same fact as the linter's blocks-required-flow finding, so the text never passes it over.
    private static func denials(_ flows: [Flow], _ doc: DocumentContext) -> String {
        var order: [String] = []
        var dropped: [String: [Flow]] = [:]
        var verdicts: [String: FirewallCrossing] = [:]
        for flow in flows {
            guard let denial = doc.facts.firewalls.denial(of: flow) else { continue }
            let key = "\(denial.firewall.id)|\(FirewallText.decision(denial, doc))"
            if dropped[key] == nil {
                order.append(key)
                verdicts[key] = denial
            }
            dropped[key, default: []].append(flow)
        }
        let parts = order.map { key in
            let denial = verdicts[key]!
            let hops = MD.list(dropped[key]!.map { "\(doc.ref($0.from)) → \(doc.ref($0.to))" })
            let way = denial.direction == .egress ? " on the way out" : ""
            return "**\(doc.ref(denial.firewall.id)) drops \(hops)**\(way) under \(FirewallText.decision(denial, doc))"
        }
        return parts.isEmpty ? "" : " But " + MD.list(parts) + ": the model's flow and its firewall disagree."
    }

    private static func sentence(_ flows: [Flow], _ doc: DocumentContext) -> String {
        let flow = flows[0]
        let sources = doc.refs(flows.map(\.from).uniqued())
        let many = Set(flows.map(\.from)).count > 1
        let encryption = flow.encrypted ? "encrypted" : "**in plaintext**"
        let how = "over \(doc.transport(flow)), \(encryption)"
        switch flow.purpose {
        case .replication:
            let mode = doc.index.components[flow.from]?.spec.database?.replication.map { " (\(ReplicationText.mode($0)))" } ?? ""
            return "\(sources) \(many ? "replicate" : "replicates") from \(doc.ref(flow.to))\(mode), opening the connection \(how)."
        case .metrics, .logs:
            if doc.facts.monitoring.isScrape(flow) {
                return "\(sources) \(many ? "scrape" : "scrapes") \(flow.purpose.rawValue) from \(doc.ref(flow.to)) \(how)."
            }
            return "\(sources) \(many ? "ship" : "ships") \(flow.purpose.rawValue) to \(doc.ref(flow.to)) \(how)."
        case .healthCheck:
            return "\(sources) \(many ? "check" : "checks") the health of \(doc.ref(flow.to)) \(how)."
        case .request, .read, .write, .dns, .admin:
            return "\(sources) \(many ? "reach" : "reaches") \(doc.ref(flow.to)) for \(MD.text(flow.purpose.rawValue)) \(how)."
        }
    }
}

/// Replication modes in words, with what they mean for a failover.
enum ReplicationText {
    static func adverb(_ mode: ReplicationMode) -> String {
        switch mode {
        case .async: "asynchronously"
        case .semiSync: "semi-synchronously"
        case .sync: "synchronously"
        }
    }

    static func mode(_ mode: ReplicationMode) -> String {
        switch mode {
        case .async: "asynchronous: a failover can lose the last transactions the primary committed"
        case .semiSync: "semi-synchronous: a commit waits until one replica has received it"
        case .sync: "synchronous: every member commits together"
        }
    }
}
