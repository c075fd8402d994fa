import TopographModel

/// "How a request flows": a numbered walk from the client through DNS, firewalls, load balancers and
/// servers to the data, found by following request, read and write flows outward from each client.
enum RequestWalkSection {
    static let walkPurposes: Set<FlowPurpose> = [.request, .read, .write]

    static func render(_ facts: DocumentFacts) -> String {
        var out = "## How a request flows"
        let clients = facts.index.components(ofKind: .client)
        guard !clients.isEmpty else {
            return out + "\n\nThe model declares no client, so there is no request path to walk."
        }
        var steps = clients.flatMap { dnsSteps(from: $0, facts) }
        var visited = Set(clients.map(\.id))
        var frontier = clients.map(\.id)
        while !frontier.isEmpty {
            let flows = frontier.flatMap { facts.outgoing($0) }.filter { flow in
                walkPurposes.contains(flow.purpose) && facts.index.components[flow.to]?.kind != .dnsRecord
            }
            for group in HopGroup.group(flows) { steps.append(HopSentence(group: group, facts: facts).text) }
            frontier = flows.map(\.to).uniqued().filter { visited.insert($0).inserted }
        }
        if steps.isEmpty { return out + "\n\nNo client sends a request in this model." }
        steps.append("The response travels back along the same connections.")
        out += "\n\n" + steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        let background = BackgroundSection.render(facts)
        return background.isEmpty ? out : out + "\n\n" + background
    }

    /// "`user` looks up www.foobar.com: the A record `www-dns` resolves it to `lb`."
    static func dnsSteps(from client: Component, _ facts: DocumentFacts) -> [String] {
        facts.outgoing(client.id).compactMap { flow -> String? in
            guard let record = facts.index.components[flow.to], let dns = record.spec.dnsRecord else { return nil }
            var text = "\(clientName(client, facts)) looks up \(MD.code(dns.name)): the \(dns.type.rawValue) record \(facts.ref(record.id))"
            if !dns.targets.isEmpty {
                text += " resolves it to \(facts.refs(dns.targets))"
                if dns.targets.count > 1 {
                    text +=
                        ", one address per target (DNS round robin): each client picks one and sticks to it until the record's TTL runs out"
                }
            } else if let value = dns.value {
                text += " resolves it to the literal address \(MD.code(value))"
            }
            if let ttl = dns.ttl { text += " (TTL \(ttl) s)" }
            return text + "."
        }
    }

    static func clientName(_ client: Component, _ facts: DocumentFacts) -> String {
        client.name.map { "\(MD.text($0)) (\(facts.ref(client.id)))" } ?? "The client \(facts.ref(client.id))"
    }
}

/// Flows of one walk step that look alike: same purpose, protocol, port and encryption.
struct HopGroup {
    let flows: [Flow]
    var first: Flow { flows[0] }
    var sources: [ElementID] { flows.map(\.from).uniqued() }
    var targets: [ElementID] { flows.map(\.to).uniqued() }

    static func group(_ flows: [Flow]) -> [HopGroup] {
        var order: [String] = []
        var groups: [String: [Flow]] = [:]
        for flow in flows {
            let key = "\(flow.purpose.rawValue)|\(flow.protocol)|\(flow.port ?? -1)|\(flow.encrypted)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(flow)
        }
        let rank: [FlowPurpose: Int] = [.request: 0, .write: 1, .read: 2]
        return order.map { HopGroup(flows: groups[$0]!) }
            .enumerated()
            .sorted { (rank[$0.element.first.purpose] ?? 3, $0.offset) < (rank[$1.element.first.purpose] ?? 3, $1.offset) }
            .map(\.element)
    }
}
