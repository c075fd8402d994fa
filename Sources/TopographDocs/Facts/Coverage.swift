import TopographModel

/// Coverage figures: how much of the design is firewalled, monitored, encrypted and redundant.
struct Coverage {
    struct Ratio {
        let covered: [ElementID]
        let missing: [ElementID]
        var total: Int { covered.count + missing.count }
        var text: String { "\(covered.count) of \(total)" }
    }

    /// One tier of the request path and how many independent instances serve it.
    struct Tier {
        let name: String
        let members: [ElementID]
        let hosts: Int
        /// Members that fail over to each other; a single-mode load balancer counts alone.
        let verdict: String
    }

    let hostsWithFirewall: Ratio
    let hostsWithMonitoring: Ratio
    /// Components reached from the internet, and whether a firewall guards them.
    let exposedWithFirewall: Ratio
    /// Flows that cross the network (not within one host, DNS aside), and whether they are encrypted.
    let networkHopsEncrypted: Ratio
    let tiers: [Tier]

    init(_ facts: DocumentFacts) {
        let arch = facts.architecture
        func ratio(_ ids: [ElementID], _ test: (ElementID) -> Bool) -> Ratio {
            Ratio(covered: ids.filter(test), missing: ids.filter { !test($0) })
        }
        let hosts = arch.hosts.map(\.id)
        hostsWithFirewall = ratio(hosts) { !facts.firewalls(guarding: $0).isEmpty }
        hostsWithMonitoring = ratio(hosts) { !facts.agents(on: $0).isEmpty }
        let exposed = Coverage.exposed(facts)
        exposedWithFirewall = ratio(exposed) { !facts.firewalls(guarding: $0).isEmpty }
        // DNS lookups go to public resolvers in the clear by design; they are not this design's hops.
        let hops = arch.flows.filter { !facts.staysOnHost($0) && !facts.isLocal($0) && $0.purpose != .dns }
        networkHopsEncrypted = Ratio(covered: hops.filter(\.encrypted).map(\.id), missing: hops.filter { !$0.encrypted }.map(\.id))
        tiers = Coverage.tiers(facts)
    }

    /// Components that receive flows from clients or from the internet zone (DNS records aside).
    static func exposed(_ facts: DocumentFacts) -> [ElementID] {
        let ids = facts.architecture.flows.filter { flow in
            let fromInternet = facts.index.components[flow.from]?.kind == .client || facts.index.zone(of: flow.from)?.kind == .internet
            return fromInternet && facts.index.components[flow.to].map { $0.kind != .dnsRecord && $0.kind != .client } == true
        }.map(\.to)
        return ids.uniqued()
    }

    static func tiers(_ facts: DocumentFacts) -> [Tier] {
        var result: [Tier] = []
        for kind in [ComponentKind.loadBalancer, .webServer, .appServer, .cache] {
            let members = facts.index.components(ofKind: kind)
            guard !members.isEmpty else { continue }
            result.append(tier(kind.title, members, facts))
        }
        let databases = facts.index.components(ofKind: .database)
        let writers = databases.filter { $0.spec.database?.acceptsWrites == true }
        if !databases.isEmpty {
            result.append(tier("database writes", writers, facts))
            result.append(tier("database reads", databases, facts))
        }
        return result
    }

    private static func tier(_ name: String, _ members: [Component], _ facts: DocumentFacts) -> Tier {
        let hosts = Set(members.map { $0.host?.rawValue ?? "component:" + $0.id.rawValue }).count
        let verdict: String
        if members.isEmpty {
            verdict = "no node accepts writes"
        } else if members.count == 1 {
            verdict = "single point of failure"
        } else if hosts == 1 {
            verdict = "\(members.count) instances, but all on one host: the host is a single point of failure"
        } else if members.allSatisfy({ $0.host == nil }) {
            verdict = "redundant: \(members.count) independent instances"
        } else {
            verdict = "redundant: \(members.count) instances on \(hosts) hosts"
        }
        return Tier(name: name, members: members.map(\.id), hosts: hosts, verdict: verdict)
    }
}
