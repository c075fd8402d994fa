import TopographAnalysis
import TopographModel

/// "How a request flows": a numbered walk from the client through DNS, firewalls, load balancers and
/// servers to the data, found by following request, read and write flows outward from each client.
enum RequestWalkSection {
    static let walkPurposes: Set<FlowPurpose> = [.request, .read, .write]

    static func render(_ doc: DocumentContext) -> String {
        var out = "## How a request flows"
        let clients = doc.index.components(ofKind: .client)
        guard !clients.isEmpty else {
            return out + "\n\nThe model declares no client, so there is no request path to walk."
        }
        var steps = clients.flatMap { dnsSteps(from: $0, doc) }
        var visited = Set(clients.map(\.id))
        var frontier = clients.map(\.id)
        while !frontier.isEmpty {
            let flows = frontier.flatMap { doc.outgoing($0) }.filter { flow in
                walkPurposes.contains(flow.purpose) && doc.index.components[flow.to]?.kind != .dnsRecord
            }
            for group in HopGroup.group(flows) { steps.append(HopSentence(group: group, doc: doc).text) }
            frontier = flows.map(\.to).uniqued().filter { visited.insert($0).inserted }
            // A virtual IP is an address: the walk goes on from the members that hold it.
            for vip in frontier where doc.facts.virtualIPs.isVirtualIP(vip) {
                let members = doc.facts.virtualIPs.servers(of: vip)
                if let sentence = addressStep(vip, members, doc) { steps.append(sentence) }
                frontier += members.filter { visited.insert($0).inserted }
            }
        }
        if steps.isEmpty { return out + "\n\nNo client sends a request in this model." }
        steps.append("The response travels back along the same connections.")
        out += "\n\n" + steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        let background = BackgroundSection.render(doc)
        return background.isEmpty ? out : out + "\n\n" + background
    }

    /// "`user` looks up www.foobar.com: the A record `www-dns` resolves it to `lb`."
    static func dnsSteps(from client: Component, _ doc: DocumentContext) -> [String] {
        doc.outgoing(client.id).compactMap { flow -> String? in
            guard let record = doc.index.components[flow.to], let dns = record.spec.dnsRecord else { return nil }
            var text = "\(clientName(client, doc)) looks up \(MD.code(dns.name)): the \(dns.type.rawValue) record \(doc.ref(record.id))"
            switch DNSResolution(dns, index: doc.index) {
            case .nothing: break
            case .literal(let value): text += " resolves it to the literal address \(MD.code(value))"
            case .single(let target): text += " resolves it to \(doc.ref(target))"
            case .roundRobin(let targets):
                text +=
                    " resolves it to \(doc.refs(targets)), one address per target (DNS round robin): each client picks one and sticks to it until the record's TTL runs out"
            case .failoverPair(let pair):
                text +=
                    " resolves it to the active-passive pair \(doc.refs(pair)): one address, held by the active member and taken over by the standby if it fails"
            }
            if let ttl = dns.ttl { text += " (TTL \(ttl) s)" }
            return text + "."
        }
    }

    /// "`www-vip` is held by `lb-1`, with `lb-2` standing by to take the address over."
    static func addressStep(_ vip: ElementID, _ members: [ElementID], _ doc: DocumentContext) -> String? {
        guard let spec = doc.index.components[vip]?.spec.virtualIP, let first = members.first else { return nil }
        switch spec.mode {
        case .activePassive:
            let standby = members.dropFirst()
            let rest = standby.isEmpty ? "" : ", with \(doc.refs(Array(standby))) standing by to take the address over if it fails"
            return "The address \(doc.ref(vip)) is held by \(doc.ref(first))\(rest); the holder receives the traffic."
        case .activeActive:
            return "Every member of \(doc.ref(vip)), \(doc.refs(members)), answers on the address and receives a share of the traffic."
        }
    }

    static func clientName(_ client: Component, _ doc: DocumentContext) -> String {
        client.name.map { "\(MD.text($0)) (\(doc.ref(client.id)))" } ?? "The client \(doc.ref(client.id))"
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
