import TopographModel

/// Reference tables: components, flows, DNS records, firewall rules, and coverage.
enum InventorySection {
    static func render(_ facts: DocumentFacts) -> String {
        var blocks = ["## Inventory"]
        blocks.append("### Components\n\n" + components(facts))
        if !facts.architecture.flows.isEmpty { blocks.append("### Flows\n\n" + flows(facts)) }
        let dns = facts.index.components(ofKind: .dnsRecord)
        if !dns.isEmpty { blocks.append("### DNS records\n\n" + dnsRecords(dns, facts)) }
        let firewalls = facts.index.components(ofKind: .firewall)
        if !firewalls.isEmpty { blocks.append("### Firewall rules\n\n" + firewallRules(firewalls, facts)) }
        blocks.append("### Coverage\n\n" + coverage(facts))
        return blocks.joined(separator: "\n\n")
    }

    static func components(_ facts: DocumentFacts) -> String {
        let rows = facts.architecture.components.map { c -> [String] in
            [
                facts.ref(c.id), c.kind.title, c.host.map(facts.ref) ?? "—", facts.index.zone(of: c.id).map { facts.ref($0.id) } ?? "—",
                c.software.map { MD.text($0.description) } ?? "—",
            ]
        }
        return MD.table(["Name", "Kind", "Host", "Zone", "Software"], rows)
    }

    static func flows(_ facts: DocumentFacts) -> String {
        let rows = facts.architecture.flows.map { f -> [String] in
            [
                facts.ref(f.from), facts.ref(f.to), MD.text(f.protocol), f.port.map(String.init) ?? "—",
                f.encrypted ? "yes" : "**no**", ComponentProse.purposeNoun(f.purpose),
            ]
        }
        return MD.table(["From", "To", "Protocol", "Port", "Encrypted", "Purpose"], rows)
    }

    static func dnsRecords(_ records: [Component], _ facts: DocumentFacts) -> String {
        let rows = records.compactMap { c -> [String]? in
            guard let dns = c.spec.dnsRecord else { return nil }
            let target = ([facts.refs(dns.targets)] + [dns.value.map(MD.code) ?? ""]).filter { !$0.isEmpty }.joined(separator: ", ")
            return [MD.code(dns.name), dns.type.rawValue, target.isEmpty ? "—" : target, dns.ttl.map(String.init) ?? "—", facts.ref(c.id)]
        }
        return MD.table(["Name", "Type", "Resolves to", "TTL", "Record"], rows)
    }

    static func firewallRules(_ firewalls: [Component], _ facts: DocumentFacts) -> String {
        var rows: [[String]] = []
        for fw in firewalls {
            guard let spec = fw.spec.firewall else { continue }
            for (offset, rule) in spec.rules.enumerated() {
                let ports = rule.ports.isEmpty ? "all" : rule.ports.map(\.description).joined(separator: ", ")
                rows.append([
                    facts.ref(fw.id), "\(offset + 1)", rule.action.rawValue, rule.direction.rawValue,
                    rule.peer.map(MD.code) ?? "any", rule.transport.rawValue, ports, rule.description.map(MD.text) ?? "",
                ])
            }
            rows.append([facts.ref(fw.id), "default", spec.defaultIngress.rawValue, "ingress", "any", "any", "all", "no rule matched"])
            rows.append([facts.ref(fw.id), "default", spec.defaultEgress.rawValue, "egress", "any", "any", "all", "no rule matched"])
        }
        return MD.table(["Firewall", "Rule", "Action", "Direction", "Peer", "Transport", "Ports", "Note"], rows)
    }

    /// Flow ids as "`a` → `b`" hops, in declaration order.
    static func hops(_ ids: [ElementID], _ facts: DocumentFacts) -> String {
        MD.list(
            ids.compactMap { facts.index.flows[$0] }.map {
                "\(facts.ref($0.from)) → \(facts.ref($0.to))"
                    + ($0.purpose == .request ? "" : " (\(ComponentProse.purposeNoun($0.purpose)))")
            })
    }

    static func coverage(_ facts: DocumentFacts) -> String {
        let c = Coverage(facts)
        func missing(_ r: Coverage.Ratio) -> String { r.missing.isEmpty ? "none missing" : "missing: " + facts.refs(r.missing) }
        var rows: [[String]] = [
            ["Hosts behind a firewall", c.hostsWithFirewall.text, missing(c.hostsWithFirewall)],
            ["Internet-facing components behind a firewall", c.exposedWithFirewall.text, missing(c.exposedWithFirewall)],
            ["Hosts with a monitoring agent", c.hostsWithMonitoring.text, missing(c.hostsWithMonitoring)],
            [
                "Network hops encrypted (DNS lookups aside)", c.networkHopsEncrypted.text,
                c.networkHopsEncrypted.missing.isEmpty ? "all encrypted" : "plaintext: " + hops(c.networkHopsEncrypted.missing, facts),
            ],
        ]
        for tier in c.tiers {
            rows.append([
                "Redundancy: \(tier.name)", "\(tier.members.count)",
                "\(tier.verdict)" + (tier.members.isEmpty ? "" : " (\(facts.refs(tier.members)))"),
            ])
        }
        return MD.table(["Measure", "Value", "Details"], rows)
    }
}
