import TopographModel

/// Hosts that run exactly the same components and versions: one bad release, one CVE, one
/// misconfiguration pushed everywhere takes them all down together.
public struct SharedFateFacts: Sendable {
    /// Hosts running request-serving tiers behind the load balancers (web, application, database,
    /// cache), in declaration order. A host that runs only load balancers is the front end, not
    /// one of the servers compared (issue 12: counting it kept the rules silent).
    public let tierHosts: [ElementID]
    /// Sets of two or more hosts with identical software, each in declaration order.
    public let identicalGroups: [[ElementID]]
    /// The software each host of a group runs, as `nginx 1.24 (web server)` lines.
    public let signatureText: [ElementID: [String]]
    /// Sets of components meant to stand in for each other.
    public let redundantSets: [RedundantSet]
    /// Failure domains and the redundant sets one of them defeats.
    public let failureDomains: FailureDomainFacts

    init(index: ArchitectureIndex, replication: ReplicationFacts) {
        redundantSets = RedundantSet.all(index: index, replication: replication)
        failureDomains = FailureDomainFacts(index: index, sets: redundantSets)
        var tierHosts: [ElementID] = []
        var bySignature: [[String]: [ElementID]] = [:]
        var order: [[String]] = []
        var text: [ElementID: [String]] = [:]
        for host in index.architecture.hosts {
            let components = index.componentsByHost[host.id] ?? []
            guard components.contains(where: { TierFacts.isTier($0.kind) && $0.kind != .loadBalancer }) else { continue }
            tierHosts.append(host.id)
            let items = components.map { c in
                c.software.map { "\($0) (\(c.kind.title))" } ?? c.kind.title
            }.sorted()
            text[host.id] = items
            if bySignature[items] == nil { order.append(items) }
            bySignature[items, default: []].append(host.id)
        }
        self.tierHosts = tierHosts
        identicalGroups = order.compactMap { bySignature[$0] }.filter { $0.count >= 2 }
        signatureText = text
    }

    /// Whether every host serving tiers runs the same software (and there are at least two).
    public var everyServerIdentical: Bool {
        identicalGroups.count == 1 && identicalGroups[0].count == tierHosts.count
    }
}
