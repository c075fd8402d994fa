import TopographModel

/// A DNS record resolves to one target that is not otherwise known to be redundant.
struct SingleDNSTarget: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.single-dns-target", category: "availability", defaultSeverity: .warning,
        title: "DNS record points at a single target",
        rationale: """
            With one address in DNS, the site is down whenever that one target is; in an active-active \
            cluster a member that DNS does not list never receives traffic.
            """,
        recommendation: "List every active member in the record (or point it at a floating IP shared by an active-passive pair).")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { record -> Finding? in
            guard let dns = record.spec.dnsRecord, dns.targets.count == 1, let target = dns.targets.first else { return nil }
            // One virtual IP served by two or more members is the redundant entry point itself.
            let servers = context.facts.virtualIPs.servers(of: target)
            guard servers.count < 2 else { return nil }
            let server = servers.first ?? target
            guard !context.failure.singlePointUnits.contains(context.unit(of: server)) else { return nil }
            let lb = context.component(server)?.spec.loadBalancer
            if lb?.mode == .activePassive { return nil }  // one floating address is the design
            let peers = lb?.mode == .activeActive ? lb!.cluster : []
            let alone = server == target ? "\(target) only" : "virtual IP \(target), which only \(server) serves"
            let message =
                peers.isEmpty
                ? "\(record.id) resolves \(dns.name) to \(alone): the name is down whenever \(server) is"
                : "\(record.id) resolves \(dns.name) to \(alone), so \(server == target ? "its" : "\(server)'s") active-active peers \(ValidationContext.list(peers)) receive no traffic"
            return finding(
                context, message, elements: [record.id, target], evidence: ["\(record.id): \(dns.name) -> \(target)"],
                recommendation: peers.isEmpty
                    ? "Point \(dns.name) at two or more redundant entry points, or at a floating IP shared by a failover pair."
                    : server == target
                        ? "Add \(ValidationContext.list(peers)) to \(record.id)'s targets."
                        : "Add \(ValidationContext.list(peers)) to \(target)'s members.")
        }
    }
}
