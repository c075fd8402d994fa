import TopographAnalysis
import TopographModel

/// Reference tables: components, flows, DNS records, firewall rules, and coverage.
enum InventorySection {
    static func render(_ doc: DocumentContext) -> String {
        var blocks = ["## Inventory"]
        blocks.append("### Components\n\n" + components(doc))
        if !doc.architecture.flows.isEmpty { blocks.append("### Flows\n\n" + flows(doc)) }
        let dns = doc.index.components(ofKind: .dnsRecord)
        if !dns.isEmpty { blocks.append("### DNS records\n\n" + dnsRecords(dns, doc)) }
        let firewalls = doc.index.components(ofKind: .firewall)
        if !firewalls.isEmpty { blocks.append("### Firewall rules\n\n" + firewallRules(firewalls, doc)) }
        blocks.append("### Coverage\n\n" + coverage(doc))
        return blocks.joined(separator: "\n\n")
    }

    static func components(_ doc: DocumentContext) -> String {
        let rows = doc.architecture.components.map { c -> [String] in
            [
                doc.ref(c.id), c.kind.title, c.host.map(doc.ref) ?? "—", doc.index.zone(of: c.id).map { doc.ref($0.id) } ?? "—",
                c.software.map { MD.text($0.description) } ?? "—",
            ]
        }
        return MD.table(["Name", "Kind", "Host", "Zone", "Software"], rows)
    }

    static func flows(_ doc: DocumentContext) -> String {
        let rows = doc.architecture.flows.map { f -> [String] in
            [
                doc.ref(f.from), doc.ref(f.to), MD.text(f.protocol), f.port.map(String.init) ?? "—",
                f.encrypted ? "yes" : "**no**", ComponentProse.purposeNoun(f.purpose),
            ]
        }
        return MD.table(["From", "To", "Protocol", "Port", "Encrypted", "Purpose"], rows)
    }

    static func dnsRecords(_ records: [Component], _ doc: DocumentContext) -> String {
        let rows = records.compactMap { c -> [String]? in
            guard let dns = c.spec.dnsRecord else { return nil }
            let target = ([doc.refs(dns.targets)] + [dns.value.map(MD.code) ?? ""]).filter { !$0.isEmpty }.joined(separator: ", ")
            return [MD.code(dns.name), dns.type.rawValue, target.isEmpty ? "—" : target, dns.ttl.map(String.init) ?? "—", doc.ref(c.id)]
        }
        return MD.table(["Name", "Type", "Resolves to", "TTL", "Record"], rows)
    }

    static func firewallRules(_ firewalls: [Component], _ doc: DocumentContext) -> String {
        var rows: [[String]] = []
        for fw in firewalls {
            guard let spec = fw.spec.firewall else { continue }
            for (offset, rule) in spec.rules.enumerated() {
                let ports = rule.ports.isEmpty ? "all" : rule.ports.map(\.description).joined(separator: ", ")
                rows.append([
                    doc.ref(fw.id), "\(offset + 1)", rule.action.rawValue, rule.direction.rawValue,
                    rule.peer.map(MD.code) ?? "any", rule.transport.rawValue, ports, rule.description.map(MD.text) ?? "",
                ])
            }
            rows.append([doc.ref(fw.id), "default", spec.defaultIngress.rawValue, "ingress", "any", "any", "all", "no rule matched"])
            rows.append([doc.ref(fw.id), "default", spec.defaultEgress.rawValue, "egress", "any", "any", "all", "no rule matched"])
        }
        return MD.table(["Firewall", "Rule", "Action", "Direction", "Peer", "Transport", "Ports", "Note"], rows)
    }

    /// Flow ids as "`a` → `b`" hops, in declaration order.
    static func hops(_ ids: [ElementID], _ doc: DocumentContext) -> String {
        MD.list(
            ids.compactMap { doc.index.flows[$0] }.map {
                "\(doc.ref($0.from)) → \(doc.ref($0.to))"
                    + ($0.purpose == .request ? "" : " (\(ComponentProse.purposeNoun($0.purpose)))")
            })
    }

    static func coverage(_ doc: DocumentContext) -> String {
        let c = doc.coverage
        func missing(_ r: CoverageFacts.Ratio) -> String { r.missing.isEmpty ? "none missing" : "missing: " + doc.refs(r.missing) }
        var rows: [[String]] = [
            ["Hosts behind a firewall", TierText.ratio(c.hostsWithFirewall), missing(c.hostsWithFirewall)],
            [
                "Internet-facing components behind a firewall", TierText.ratio(c.internetFacingWithFirewall),
                missing(c.internetFacingWithFirewall),
            ],
            ["Hosts with a monitoring agent", TierText.ratio(c.hostsWithAgent), missing(c.hostsWithAgent)],
            [
                "Network hops encrypted (DNS lookups aside)", TierText.ratio(c.networkHopsEncrypted),
                c.networkHopsEncrypted.missing.isEmpty ? "all encrypted" : "plaintext: " + hops(c.networkHopsEncrypted.missing, doc),
            ],
        ]
        for tier in doc.facts.tiers.redundancy {
            rows.append([
                "Redundancy: \(TierText.name(tier.role, doc))", "\(tier.members.count)",
                TierText.verdict(tier, doc) + (tier.members.isEmpty ? "" : " (\(doc.refs(tier.members)))"),
            ])
        }
        return MD.table(["Measure", "Value", "Details"], rows)
    }
}
