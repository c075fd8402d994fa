import TopographAnalysis
import TopographModel

/// The small print under a component's name: what it is, what it runs, and what matters in a review.
enum ComponentDetails {
    /// Lines of detail, most important first. `security` adds firewall rules and TLS settings.
    static func lines(
        for component: Component, index: ArchitectureIndex, view: DiagramView, multiplicity: [ElementID: Int] = [:],
        roles: FailoverRoles? = nil
    ) -> [String] {
        var lines = [kindLine(component)]
        if let extra = specLine(component, index: index, multiplicity: multiplicity, roles: roles) { lines.append(extra) }
        if view.showsSecurityDetails {
            if let tls = component.tls { lines.append(tlsLine(tls)) }
            if case .firewall(let spec) = component.spec { lines += ruleLines(spec, index: index) }
        }
        return lines
    }

    private static func kindLine(_ component: Component) -> String {
        let software = component.software?.description
        switch component.spec {
        case .firewall(let spec):
            return "\(spec.scope == .network ? "network" : "host") firewall" + (software.map { " · \($0)" } ?? "")
        case .database(let spec):
            let product = software ?? spec.engine ?? "database"
            return "\(product) · \(roleText(spec.role))" + (spec.provider.map { " · managed by \($0)" } ?? "")
        case .dnsRecord(let spec):
            return "DNS \(spec.type.rawValue) \(spec.name)"
        case .monitoringPlatform(let spec):
            let product = software ?? spec.vendor ?? "monitoring platform"
            return product + (spec.saas ? " · SaaS" : "")
        case .generic(let spec):
            return [spec.role ?? "component", software].compactMap { $0 }.joined(separator: " · ")
        case .cache(let spec):
            return [spec.provider == nil ? "cache" : "managed cache", software ?? spec.provider].compactMap { $0 }.joined(separator: " · ")
        case .cdn(let spec): return ["CDN", spec.provider].compactMap { $0 }.joined(separator: " · ")
        case .waf(let spec): return ["WAF", software ?? spec.provider].compactMap { $0 }.joined(separator: " · ")
        case .messageQueue(let spec):
            return ["message queue", software ?? spec.provider ?? spec.engine].compactMap { $0 }.joined(separator: " · ")
        case .objectStorage(let spec):
            return ["object storage", software ?? spec.provider].compactMap { $0 }.joined(separator: " · ")
        case .virtualIP(let spec): return ["virtual IP", spec.address].compactMap { $0 }.joined(separator: " · ")
        case .client, .loadBalancer, .webServer, .appServer, .monitoringAgent, .bastion, .vpnGateway:
            return [component.kind.title, software].compactMap { $0 }.joined(separator: " · ")
        }
    }

    private static func roleText(_ role: DatabaseRole) -> String {
        switch role {
        case .primary: "primary"
        case .replica: "replica"
        case .multiPrimary: "multi-primary"
        case .standalone: "stand-alone"
        }
    }

    private static func specLine(
        _ component: Component, index: ArchitectureIndex, multiplicity: [ElementID: Int], roles: FailoverRoles?
    ) -> String? {
        switch component.spec {
        case .database(let spec) where spec.role == .replica:
            let source = spec.replicatesFrom.map { "of \(index.displayName(of: $0))" }
            let flags = [spec.replication?.rawValue, spec.readOnly == true ? "read-only" : nil].compactMap { $0 }
            return ([source].compactMap { $0 } + flags).joined(separator: ", ")
        case .loadBalancer(let spec):
            let algorithm = spec.algorithm.map { words($0.rawValue) }
            // Which member of an active-passive pair serves now is what a reader asks first.
            let role = roles?.role(of: component.id).map { $0 == .active ? "ACTIVE member" : "standby member" }
            let mode = spec.mode == .single ? nil : role.map { "\($0) (active-passive)" } ?? words(spec.mode.rawValue)
            // A grouped backend stands for every server folded into it.
            let count = spec.backends.reduce(0) { $0 + (multiplicity[$1] ?? 1) }
            let pool = "\(count) backend\(count == 1 ? "" : "s")"
            let split = spec.routing.map { routing in
                "writes → \(routing.writes.map { index.displayName(of: $0) }.joined(separator: ", ")), reads → "
                    + routing.reads.map { index.displayName(of: $0) }.joined(separator: ", ")
            }
            return [mode, algorithm, pool, split].compactMap { $0 }.joined(separator: " · ")
        case .virtualIP(let spec):
            let mechanism = spec.mechanism
            let members =
                "held by "
                + spec.members.map { member in
                    index.displayName(of: member) + (roles?.role(of: member) == .active ? " (active)" : "")
                }.joined(separator: ", ")
            return [words(spec.mode.rawValue), mechanism, members].compactMap { $0 }.joined(separator: " · ")
        case .vpnGateway(let spec):
            return spec.clientNetwork.map { "clients \($0)" }
        case .waf(let spec):
            return spec.mode == .block ? "blocks matches" : "detect only"
        case .cdn(let spec) where !spec.origins.isEmpty:
            return "origin " + spec.origins.map { index.displayName(of: $0) }.joined(separator: ", ")
        case .objectStorage(let spec) where spec.publicRead:
            return "public read"
        case .monitoringAgent(let spec):
            let kinds = spec.collects.map(\.rawValue).joined(separator: ", ")
            return spec.scrapedBy != nil && spec.shipsTo == nil ? kinds + " · scraped" : kinds
        case .dnsRecord(let spec):
            return spec.value.map { "→ \($0)" }
        case .cdn, .objectStorage, .database, .client, .firewall, .webServer, .appServer, .cache, .monitoringPlatform, .generic,
            .bastion, .messageQueue:
            // Nothing beyond the kind, name and software line: a primary database, a CDN without
            // origins, private storage, and kinds whose settings other lines show (TLS, rules).
            return nil
        }
    }

    /// How the TLS line starts, so the node builder can colour it.
    static let tlsPrefix = "TLS "

    private static func tlsLine(_ tls: TLSEndpoint) -> String {
        var text = tlsPrefix + tls.mode.rawValue
        if let certificate = tls.certificate { text += " · \(certificate)" }
        if let minVersion = tls.minVersion { text += " · ≥ \(minVersion)" }
        return text
    }

    /// At most three rules, then a count, so a long rule set cannot swamp the picture.
    private static func ruleLines(_ spec: FirewallSpec, index: ArchitectureIndex) -> [String] {
        var lines = ["default ingress: \(spec.defaultIngress.rawValue)"]
        for rule in spec.rules.prefix(3) {
            let ports = rule.ports.isEmpty ? "any port" : rule.ports.map(\.description).joined(separator: ",")
            let transport = rule.transport == .any ? "" : "\(rule.transport.rawValue)/"
            let arrow = rule.direction == .ingress ? "←" : "→"
            let peer = rule.peer.map { index.displayName(of: ElementID($0)) } ?? "any"
            lines.append("\(rule.action.rawValue) \(transport)\(ports) \(arrow) \(peer)")
        }
        if spec.rules.count > 3 { lines.append("+ \(spec.rules.count - 3) more rules") }
        return lines
    }

    /// `roundRobin` -> "round robin".
    static func words(_ camelCase: String) -> String {
        var out = ""
        for character in camelCase {
            if character.isUppercase { out += " " + character.lowercased() } else { out.append(character) }
        }
        return out
    }
}
