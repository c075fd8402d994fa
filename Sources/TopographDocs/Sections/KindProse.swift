import TopographAnalysis
import TopographModel

/// DNS records: what name they publish, where it points, and what that makes the entry point.
enum DNSProse {
    static func sentences(_ c: Component, _ dns: DNSRecordSpec, _ doc: DocumentContext) -> [String] {
        var text = "Publishes \(MD.code(dns.name)) as \(dns.type == .cname ? "a" : "an") \(dns.type.rawValue) record"
        if !dns.targets.isEmpty {
            text += " resolving to \(doc.refs(dns.targets))"
        }
        if let value = dns.value {
            text += dns.targets.isEmpty ? " with the literal value \(MD.code(value))" : " (literal value \(MD.code(value)))"
        }
        if let ttl = dns.ttl { text += ", TTL \(ttl) s" }
        var result = [text + "."]
        switch DNSResolution(dns, index: doc.index) {
        case .nothing, .literal: break
        case .single(let target):
            result.append("Every user reaches the design through \(doc.ref(target)); DNS gives them no alternative if it fails.")
        case .roundRobin:
            result.append(
                "Several targets mean DNS round robin: clients spread over them, but a failed target keeps receiving the clients that resolved to it until they retry."
            )
        case .failoverPair(let pair):
            result.append(
                "The targets are one active-passive pair (\(doc.refs(pair))): the name resolves to the address the active member holds, and the standby takes it over when the active member fails."
            )
        }
        let askers = doc.incoming(c.id).map(\.from).uniqued()
        if !askers.isEmpty { result.append("Looked up by \(doc.refs(askers)).") }
        return result
    }
}

/// Firewalls: scope, default policies, every rule in order, and what they do to the modelled traffic.
enum FirewallProse {
    static func sentences(_ c: Component, _ fw: FirewallSpec, _ doc: DocumentContext) -> [String] {
        var result: [String] = []
        switch fw.scope {
        case .host:
            result.append("A host firewall guarding \(c.host.map(doc.ref) ?? "no host (none declared)").")
        case .network:
            result.append(
                fw.protects.isEmpty
                    ? "A network firewall that protects nothing declared."
                    : "A network firewall in front of \(doc.refs(fw.protects)).")
        }
        result.append(
            "Inbound traffic no rule matches is \(fw.defaultIngress == .deny ? "dropped" : "allowed") (default ingress \(fw.defaultIngress.rawValue)); "
                + "outbound is \(fw.defaultEgress == .deny ? "dropped" : "allowed") by default.")
        if fw.rules.isEmpty {
            result.append("It has no rules, so its defaults decide everything.")
        } else {
            let rules = fw.rules.enumerated().map {
                "(\($0.offset + 1)) \(FirewallText.summary(of: $0.element, doc))"
                    + ($0.element.description.map { " — \(MD.text($0))" } ?? "")
            }
            result.append("Rules, first match wins: " + rules.joined(separator: "; ") + ".")
        }
        result.append(contentsOf: verdicts(c, doc))
        return result
    }

    /// The modelled flows that cross this firewall, split into let through and dropped. Leaving
    /// through a default allow is the common case and goes unsaid, as in the request walk.
    static func verdicts(_ c: Component, _ doc: DocumentContext) -> [String] {
        let crossings = (doc.crossingsByFirewall[c.id] ?? []).filter {
            $0.crossing.direction == .ingress || !$0.crossing.allowed || $0.crossing.ruleNumber != nil
        }
        guard !crossings.isEmpty else { return ["No modelled flow crosses it, so none of its rules is exercised."] }
        func hops(_ direction: TrafficDirection, allowed: Bool) -> [String] {
            crossings.filter { $0.crossing.direction == direction && $0.crossing.allowed == allowed }.map { FirewallText.hop($0.flow, doc) }
                .uniqued()
        }
        var result: [String] = []
        let admitted = [("admits", hops(.ingress, allowed: true)), ("lets out", hops(.egress, allowed: true))].filter { !$0.1.isEmpty }
        if !admitted.isEmpty { result.append("Of the modelled traffic it " + MD.list(admitted.map { "\($0.0) \(MD.list($0.1))" }) + ".") }
        let dropped = hops(.ingress, allowed: false) + hops(.egress, allowed: false).map { $0 + " (on the way out)" }
        if !dropped.isEmpty { result.append("**It drops \(MD.list(dropped))**, which the model says must get through.") }
        let used = Set(crossings.compactMap(\.crossing.ruleNumber))
        let rules = c.spec.firewall?.rules ?? []
        let idle = rules.indices.filter { !used.contains($0 + 1) && rules[$0].action == .allow }
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
    static func sentences(_ c: Component, _ lb: LoadBalancerSpec, _ doc: DocumentContext) -> [String] {
        var result: [String] = []
        if lb.backends.isEmpty {
            result.append("It has no declared backends.")
        } else {
            var pool = "It spreads requests over \(doc.refs(lb.backends))"
            if let algorithm = lb.algorithm { pool += " by \(ComponentProse.algorithmText(algorithm))" }
            pool +=
                lb.healthCheck.map {
                    ", taking a backend out of rotation when its \(ComponentProse.healthCheckText($0)) health check fails."
                }
                ?? "; no health check is declared, so a dead backend keeps receiving its share."
            result.append(pool)
            if lb.backends.count == 1 {
                result.append(
                    "With a single backend, balancing adds no redundancy behind it: if \(doc.ref(lb.backends[0])) fails, the site is down."
                )
            }
        }
        switch lb.mode {
        case .single:
            result.append("It runs alone: if it fails, nothing else accepts traffic for the site.")
        case .activeActive:
            result.append(
                "It is active-active with \(lb.cluster.isEmpty ? "no declared peer" : doc.refs(lb.cluster)): all members serve traffic and absorb each other's failure."
            )
        case .activePassive:
            result.append(
                "It is active-passive with \(lb.cluster.isEmpty ? "no declared peer" : doc.refs(lb.cluster)): a standby takes over when the active member fails."
            )
        }
        result.append(ComponentProse.traffic(c, doc))
        if let tls = c.tls, tls.mode != .passthrough {
            let plain = doc.facts.tls.decryptedAt[c.id] == c.id ? doc.facts.tls.plaintextHops.filter { $0.from == c.id } : []
            var text = ComponentProse.tlsConfiguration(c, doc).joined(separator: " ")
            if !plain.isEmpty {
                text +=
                    " What it forwards to \(doc.refs(plain.map(\.to).uniqued())) is plaintext \(MD.text(plain[0].protocol)): anyone on that network segment can read or alter it."
            }
            result.append(text)
        } else {
            result.append(contentsOf: ComponentProse.tlsConfiguration(c, doc))
        }
        return result
    }
}
