/// Addresses, networks and failure domains: each must parse, no address may belong to two
/// machines, a host's address must lie in its zone's networks, a host's failure domain must not
/// contradict its zone's, and a virtual IP floats between members rather than living on a host.
struct NetworkCheck {
    let index: ArchitectureIndex
    private var a: Architecture { index.architecture }

    func diagnostics() -> [ModelDiagnostic] {
        syntax() + duplicateAddresses() + addressesOutsideZones() + failureDomains() + virtualIPs()
    }

    private func report(_ message: String, _ id: ElementID, hint: String? = nil) -> ModelDiagnostic {
        ModelDiagnostic(message, at: a.sources[id], element: id, hint: hint)
    }

    /// Every address field, parsed: single addresses where one is meant, blocks elsewhere.
    private func syntax() -> [ModelDiagnostic] {
        var found: [ModelDiagnostic] = []
        func check(_ text: String, of id: ElementID, _ field: String, single: Bool) {
            guard let network = IPNetwork(text) else {
                let example = single ? "10.0.1.11 or 2001:db8::11" : "10.0.1.0/24 or 2001:db8::/64"
                found.append(
                    report("'\(id)' \(field) '\(text)' is not an IP \(single ? "address" : "block")", id, hint: "write it like \(example)"))
                return
            }
            if single && !network.isSingleAddress {
                found.append(report("'\(id)' \(field) '\(text)' is a block, not one address", id, hint: "drop the /prefix"))
            }
        }
        for zone in a.zones { zone.networks.forEach { check($0, of: zone.id, "network", single: false) } }
        for host in a.hosts { host.addresses.forEach { check($0, of: host.id, "address", single: true) } }
        for c in a.components {
            if let address = c.spec.virtualIP?.address { check(address, of: c.id, "address", single: true) }
            if let block = c.spec.vpnGateway?.clientNetwork { check(block, of: c.id, "client network", single: false) }
            for rule in c.spec.firewall?.rules ?? [] {
                guard let peer = rule.peer, FirewallRule.isAddress(peer), !FirewallRule.isAnyPeer(peer),
                    !index.contains(ElementID(peer))
                else { continue }
                check(peer, of: c.id, "rule peer", single: false)
            }
        }
        return found
    }

    /// One address on two machines (or a machine and a virtual IP) is a configuration error.
    private func duplicateAddresses() -> [ModelDiagnostic] {
        var owners: [String: [ElementID]] = [:]
        var spelling: [String: String] = [:]
        var order: [String] = []
        func own(_ text: String, _ id: ElementID) {
            guard let network = IPNetwork(text), network.isSingleAddress else { return }
            let key = "\(network.family)|\(network.canonical)"
            if owners[key] == nil {
                order.append(key)
                spelling[key] = text
            }
            if owners[key]?.contains(id) != true { owners[key, default: []].append(id) }
        }
        for host in a.hosts { host.addresses.forEach { own($0, host.id) } }
        for c in a.components { if let address = c.spec.virtualIP?.address { own(address, c.id) } }
        return order.compactMap { key in
            guard let ids = owners[key], ids.count > 1 else { return nil }
            let text = spelling[key] ?? key
            return report(
                "address \(text) is declared on both '\(ids[0])' and '\(ids[1])'\(ids.count > 2 ? " (and \(ids.count - 2) more)" : "")",
                ids[1], hint: "give each machine its own address")
        }
    }

    private func addressesOutsideZones() -> [ModelDiagnostic] {
        a.hosts.flatMap { host -> [ModelDiagnostic] in
            let networks = (host.zone.flatMap { index.zones[$0]?.networks } ?? []).compactMap(IPNetwork.init)
            guard !networks.isEmpty else { return [] }
            return host.addresses.compactMap { text in
                guard let address = IPNetwork(text), !networks.contains(where: { $0.contains(address) }) else { return nil }
                let list = networks.map(\.text).joined(separator: ", ")
                return report(
                    "'\(host.id)' address \(text) is outside its zone '\(host.zone!)' (\(list))", host.id,
                    hint: "fix the address, or add its network to the zone's networks")
            }
        }
    }

    /// A host in a zone pinned to a region or availability zone cannot be somewhere else.
    private func failureDomains() -> [ModelDiagnostic] {
        a.hosts.flatMap { host -> [ModelDiagnostic] in
            guard let own = host.failureDomain, let outer = host.zone.flatMap({ index.zones[$0]?.failureDomain }) else {
                return []
            }
            return FailureDomain.Level.allCases.compactMap { level in
                guard let mine = own[level], let theirs = outer[level], mine != theirs else { return nil }
                return report(
                    "'\(host.id)' says \(level.title) '\(mine)' but its zone '\(host.zone!)' is in \(level.title) '\(theirs)'",
                    host.id, hint: "drop the \(level.rawValue) from one of them, or move the host to a zone in '\(mine)'")
            }
        }
    }

    /// A virtual IP floats between its members: it has some, and no host of its own.
    private func virtualIPs() -> [ModelDiagnostic] {
        a.components.compactMap { c -> ModelDiagnostic? in
            guard let vip = c.spec.virtualIP else { return nil }
            if let host = c.host {
                return report(
                    "virtual IP '\(c.id)' is declared on host '\(host)', but it floats between its members", c.id,
                    hint: "declare it in a zone and list the components that hold it as members")
            }
            if vip.members.isEmpty {
                return report("virtual IP '\(c.id)' has no members to answer on it", c.id, hint: "list its members")
            }
            return nil
        }
    }
}
