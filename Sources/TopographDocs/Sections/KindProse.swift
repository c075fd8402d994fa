import TopographModel

/// DNS records: what name they publish, where it points, and what that makes the entry point.
enum DNSProse {
    static func sentences(_ c: Component, _ dns: DNSRecordSpec, _ facts: DocumentFacts) -> [String] {
        var text = "Publishes \(MD.code(dns.name)) as \(dns.type == .cname ? "a" : "an") \(dns.type.rawValue) record"
        if !dns.targets.isEmpty {
            text += " resolving to \(facts.refs(dns.targets))"
        }
        if let value = dns.value {
            text += dns.targets.isEmpty ? " with the literal value \(MD.code(value))" : " (literal value \(MD.code(value)))"
        }
        if let ttl = dns.ttl { text += ", TTL \(ttl) s" }
        var result = [text + "."]
        switch dns.targets.count {
        case 0: break
        case 1:
            result.append("Every user reaches the design through \(facts.ref(dns.targets[0])); DNS gives them no alternative if it fails.")
        default:
            result.append(
                "Several targets mean DNS round robin: clients spread over them, but a failed target keeps receiving the clients that resolved to it until they retry."
            )
        }
        let askers = facts.incoming(c.id).map(\.from).uniqued()
        if !askers.isEmpty { result.append("Looked up by \(facts.refs(askers)).") }
        return result
    }
}

/// Firewalls: scope, default policies, every rule in order, and what they do to the modelled traffic.
enum FirewallProse {
    static func sentences(_ c: Component, _ fw: FirewallSpec, _ facts: DocumentFacts) -> [String] {
        var result: [String] = []
        switch fw.scope {
        case .host:
            result.append("A host firewall guarding \(c.host.map(facts.ref) ?? "no host (none declared)").")
        case .network:
            result.append(
                fw.protects.isEmpty
                    ? "A network firewall that protects nothing declared."
                    : "A network firewall in front of \(facts.refs(fw.protects)).")
        }
        result.append(
            "Inbound traffic no rule matches is \(fw.defaultIngress == .deny ? "dropped" : "allowed") (default ingress \(fw.defaultIngress.rawValue)); "
                + "outbound is \(fw.defaultEgress == .deny ? "dropped" : "allowed") by default.")
        if fw.rules.isEmpty {
            result.append("It has no rules, so its defaults decide everything.")
        } else {
            let rules = fw.rules.enumerated().map {
                "(\($0.offset + 1)) \(FirewallAdmission.summary(of: $0.element, facts))"
                    + ($0.element.description.map { " — \(MD.text($0))" } ?? "")
            }
            result.append("Rules, first match wins: " + rules.joined(separator: "; ") + ".")
        }
        result.append(contentsOf: verdicts(c, facts))
        return result
    }

    /// The modelled flows that cross this firewall, split into admitted and dropped.
    static func verdicts(_ c: Component, _ facts: DocumentFacts) -> [String] {
        let crossing = facts.flowsCrossing[c.id] ?? []
        guard !crossing.isEmpty else { return ["No modelled flow crosses it, so none of its rules is exercised."] }
        let admissions = crossing.map { ($0, FirewallAdmission(flow: $0, firewall: c, facts: facts)) }
        let admitted = admissions.filter { $0.1.allowed }.map { "\(facts.ref($0.0.from)) → \(facts.ref($0.0.to))" }
        let dropped = admissions.filter { !$0.1.allowed }.map { "\(facts.ref($0.0.from)) → \(facts.ref($0.0.to))" }
        var result: [String] = []
        let used = Set(admissions.compactMap(\.1.ruleNumber))
        let rules = c.spec.firewall?.rules ?? []
        let idle = rules.indices.filter { !used.contains($0 + 1) && rules[$0].direction == .ingress && rules[$0].action == .allow }
        if !admitted.isEmpty { result.append("Of the modelled traffic it admits \(MD.list(admitted.uniqued())).") }
        if !dropped.isEmpty { result.append("**It drops \(MD.list(dropped.uniqued()))**, which the model says must get through.") }
        if !idle.isEmpty {
            let list = (idle.count == 1 ? "Rule " : "Rules ") + MD.list(idle.map { "\($0 + 1)" })
            result.append(
                "\(list) \(idle.count == 1 ? "admits" : "admit") no modelled flow: an opening the design does not show a need for.")
        }
        return result
    }
}

/// Load balancers: pool, algorithm, health checks, clustering, and TLS.
enum LoadBalancerProse {
    static func sentences(_ c: Component, _ lb: LoadBalancerSpec, _ facts: DocumentFacts) -> [String] {
        var result: [String] = []
        if lb.backends.isEmpty {
            result.append("It has no declared backends.")
        } else {
            var pool = "It spreads requests over \(facts.refs(lb.backends))"
            if let algorithm = lb.algorithm { pool += " by \(ComponentProse.algorithmText(algorithm))" }
            pool +=
                lb.healthCheck.map {
                    ", taking a backend out of rotation when its \(ComponentProse.healthCheckText($0)) health check fails."
                }
                ?? "; no health check is declared, so a dead backend keeps receiving its share."
            result.append(pool)
            if lb.backends.count == 1 {
                result.append(
                    "With a single backend, balancing adds no redundancy behind it: if \(facts.ref(lb.backends[0])) fails, the site is down."
                )
            }
        }
        switch lb.mode {
        case .single:
            result.append("It runs alone: if it fails, nothing else accepts traffic for the site.")
        case .activeActive:
            result.append(
                "It is active-active with \(lb.cluster.isEmpty ? "no declared peer" : facts.refs(lb.cluster)): all members serve traffic and absorb each other's failure."
            )
        case .activePassive:
            result.append(
                "It is active-passive with \(lb.cluster.isEmpty ? "no declared peer" : facts.refs(lb.cluster)): a standby takes over when the active member fails."
            )
        }
        result.append(ComponentProse.traffic(c, facts))
        if !facts.isMonitored(c) { result.append("Nothing ships its metrics or logs to a monitoring platform.") }
        if let tls = c.tls, tls.mode != .passthrough {
            let onward = facts.outgoing(c.id).filter { $0.purpose == .request }
            let plain = onward.filter { !$0.encrypted }
            var text = ComponentProse.tlsConfiguration(c, facts).joined(separator: " ")
            if !plain.isEmpty && tls.mode == .terminate {
                text +=
                    " What it forwards to \(facts.refs(plain.map(\.to).uniqued())) is plaintext \(MD.text(plain[0].protocol)): anyone on that network segment can read or alter it."
            }
            result.append(text)
        } else {
            result.append(contentsOf: ComponentProse.tlsConfiguration(c, facts))
        }
        return result
    }
}
