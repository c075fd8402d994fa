import TopographModel

/// A design a reviewer has nothing to say about: redundant at every tier, encrypted end to end,
/// firewalled, monitored. Each rule's clean case is this model; its violating case, a small edit.
enum CleanModel {
    static func make() -> Architecture {
        let publicTLS = TLSEndpoint(mode: .reencrypt, certificate: "www-cert", minVersion: "1.2")
        var components: [Component] = [
            .client("user"),
            .dns("www-dns", "www.foobar.com", ["lb-1", "lb-2"]),
            .networkFirewall("edge-fw", protects: ["lb-1", "lb-2"], [allow(from: "internet", 443)]),
            .lb("lb-1", backends: ["web-1", "web-2"], mode: .activeActive, cluster: ["lb-2"], tls: publicTLS),
            .lb("lb-2", backends: ["web-1", "web-2"], mode: .activeActive, cluster: ["lb-1"], tls: publicTLS),
            .platform(),
        ]
        var hosts: [Host] = []
        var flows = [flow("user", "www-dns", "dns", 53, .dns), flow("user", "lb-1", "https", 443), flow("user", "lb-2", "https", 443)]
        for n in 1...2 {
            let (webHost, appHost, dbHost) = (ElementID("web-host-\(n)"), ElementID("app-host-\(n)"), ElementID("db-host-\(n)"))
            hosts += [Host(id: webHost, zone: "private"), Host(id: appHost, zone: "private"), Host(id: dbHost, zone: "private")]
            components += [
                .hostFirewall("web-fw-\(n)", host: webHost, [allow(from: "dmz", 443)]),
                .web(
                    "web-\(n)", host: webHost, ports: [443],
                    tls: TLSEndpoint(mode: .terminate, certificate: "internal-cert", minVersion: "1.2")),
                .agent("web-agent-\(n)", host: webHost),
                .hostFirewall("app-fw-\(n)", host: appHost, [allow(from: "private", 8000)]),
                .app("app-\(n)", host: appHost),
                .agent("app-agent-\(n)", host: appHost),
                .hostFirewall("db-fw-\(n)", host: dbHost, [allow(from: "private", 3306)]),
                n == 1
                    ? .db("db-1", host: dbHost, role: .primary, failover: .automatic)
                    : .db("db-2", host: dbHost, role: .replica, from: "db-1", readOnly: true, replication: .semiSync),
                .agent("db-agent-\(n)", host: dbHost),
            ]
            for lb in ["lb-1", "lb-2"] { flows.append(flow(ElementID(lb), "web-\(n)", "https", 443)) }
            flows += [
                flow("web-\(n)", "app-\(n)", "https", 8000),
                flow("app-\(n)", "db-1", "mysql+tls", 3306, .write),
                flow("app-\(n)", "db-2", "mysql+tls", 3306, .read),
            ]
            for agent in ["web-agent-\(n)", "app-agent-\(n)", "db-agent-\(n)"] {
                flows.append(flow(ElementID(agent), "sumo", "https", 443, .metrics))
            }
        }
        flows.append(flow("db-2", "db-1", "mysql+tls", 3306, .replication))
        for lb in ["lb-1", "lb-2"] { flows.append(flow(ElementID(lb), "sumo", "https", 443, .metrics)) }
        return Architecture(
            name: "clean", domain: "www.foobar.com", zones: standardZones, hosts: hosts, components: components,
            certificates: [
                Certificate(id: "www-cert", subject: "www.foobar.com", expires: "2030-01-01", installedOn: ["lb-1", "lb-2"]),
                Certificate(id: "internal-cert", subject: "web.internal", expires: "2030-01-01", installedOn: ["web-1", "web-2"]),
            ],
            flows: flows
        ).located()
    }
}

extension CleanModel {
    /// The clean model with its front end as most production designs have it: one virtual IP
    /// (keepalived/VRRP) held by an active-passive load-balancer pair, which DNS and users target.
    /// Every rule must stay silent on it, as on the clean model.
    static func withVirtualIP() -> Architecture {
        make().with { a in
            a.components.insert(
                Component(
                    id: "www-vip",
                    spec: .virtualIP(VirtualIPSpec(members: ["lb-1", "lb-2"], mode: .activePassive, mechanism: "keepalived (VRRP)")),
                    zone: "dmz", ports: [443]),
                at: 2)
            a.update("www-dns") { $0.spec = .dnsRecord(DNSRecordSpec(type: .a, name: "www.foobar.com", targets: ["www-vip"])) }
            for (lb, peer) in [("lb-1", "lb-2"), ("lb-2", "lb-1")] {
                a.update(ElementID(lb)) {
                    $0.spec = .loadBalancer(
                        LoadBalancerSpec(
                            algorithm: .roundRobin, mode: .activePassive, cluster: [ElementID(peer)], backends: ["web-1", "web-2"],
                            healthCheck: HealthCheck(path: "/health")))
                }
            }
            a.removeFlows(["user->lb-1", "user->lb-2"])
            a.flows.insert(flow("user", "www-vip", "https", 443), at: 1)
        }
    }
}

extension CleanModel {
    /// The clean model with operators coming in through a bastion whose SSH port admits only the
    /// office range; `sshFrom` changes that rule's peer.
    static func withBastion(sshFrom peer: String = "203.0.113.0/24") -> Architecture {
        make().with { a in
            a.hosts.append(Host(id: "bastion-host", zone: "dmz"))
            a.components += [
                .client("admin"),
                Component(
                    id: "bastion", spec: .bastion, host: "bastion-host", software: Software(product: "OpenSSH", version: "9.6"), ports: [22]
                ),
                .hostFirewall("bastion-fw", host: "bastion-host", [allow(from: peer, 22)]),
                .agent("bastion-agent", host: "bastion-host"),
            ]
            a.flows += [
                flow("admin", "bastion", "ssh", 22, .admin), flow("bastion", "web-1", "ssh", 22, .admin),
                flow("bastion-agent", "sumo", "https", 443, .metrics),
            ]
        }
    }
}
