import TopographModel

/// The traffic that is not part of a user's request: replication, telemetry, health checks, admin.
enum BackgroundSection {
    static func render(_ facts: DocumentFacts) -> String {
        let walked = RequestWalkSection.walkPurposes.union([.dns])
        let flows = facts.architecture.flows.filter { !walked.contains($0.purpose) }
        guard !flows.isEmpty else { return "" }
        var order: [String] = []
        var groups: [String: [Flow]] = [:]
        for flow in flows {
            let key = "\(flow.purpose)|\(flow.to)|\(flow.protocol)|\(flow.port ?? -1)|\(flow.encrypted)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(flow)
        }
        let lines = order.map { sentence(groups[$0]!, facts) }
        return "Alongside the requests:\n\n" + lines.map { "- " + $0 }.joined(separator: "\n")
    }

    private static func sentence(_ flows: [Flow], _ facts: DocumentFacts) -> String {
        let flow = flows[0]
        let sources = facts.refs(flows.map(\.from).uniqued())
        let many = Set(flows.map(\.from)).count > 1
        let encryption = flow.encrypted ? "encrypted" : "**in plaintext**"
        let how = "over \(facts.transport(flow)), \(encryption)"
        switch flow.purpose {
        case .replication:
            let mode = facts.index.components[flow.from]?.spec.database?.replication.map { " (\(ReplicationText.mode($0)))" } ?? ""
            return "\(sources) \(many ? "replicate" : "replicates") from \(facts.ref(flow.to))\(mode), opening the connection \(how)."
        case .metrics, .logs:
            return "\(sources) \(many ? "ship" : "ships") \(flow.purpose.rawValue) to \(facts.ref(flow.to)) \(how)."
        case .healthCheck:
            return "\(sources) \(many ? "check" : "checks") the health of \(facts.ref(flow.to)) \(how)."
        default:
            return "\(sources) \(many ? "reach" : "reaches") \(facts.ref(flow.to)) for \(MD.text(flow.purpose.rawValue)) \(how)."
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
