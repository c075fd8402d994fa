import TopographModel

/// A DNS record that resolves to nothing in the design, or to something the internet cannot reach.
struct DanglingDNSRecord: Rule {
    let descriptor = RuleDescriptor(
        id: "hygiene.dangling-dns-record", category: "hygiene", defaultSeverity: .error,
        title: "DNS record points nowhere usable",
        rationale:
            "A record with no target breaks the name; one pointing into a private zone sends users to an address they cannot reach; a record left pointing at released resources can be taken over (subdomain takeover).",
        recommendation: "Point the record at the public entry point (load balancer or its floating IP), or delete it.")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { record -> Finding? in
            guard let dns = record.spec.dnsRecord else { return nil }
            if dns.targets.isEmpty && dns.value == nil {
                return finding(
                    context, "\(record.id) (\(dns.name)) has no target and no value", elements: [record.id],
                    evidence: ["\(record.id): \(dns.type.rawValue) \(dns.name) -> nothing"],
                    recommendation: "Point \(dns.name) at the public entry point or delete \(record.id).")
            }
            let privateTargets = dns.targets.filter { context.zoneKind(of: $0) == .private }
            guard !dns.targets.isEmpty, privateTargets.count == dns.targets.count else { return nil }
            return finding(
                context,
                "\(record.id) points \(dns.name) at \(ValidationContext.list(privateTargets)) in a private zone, unreachable from the internet",
                elements: [record.id] + privateTargets, evidence: privateTargets.map { "\(record.id): \(dns.name) -> \($0) (private)" },
                recommendation: "Point \(dns.name) at the public entry point in the DMZ (e.g. the load balancer).")
        }
    }
}
