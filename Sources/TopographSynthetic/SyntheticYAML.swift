import TopographModel

extension SyntheticModels {
    /// `securedAndMonitored(servers:)` as YAML text in the model's serialised shape (what `dump` writes).
    ///
    /// Written from a per-server template rather than a generic encoder, so generating a 30000-server
    /// file takes milliseconds and reads like a hand-written model.
    public static func securedAndMonitoredYAML(servers: Int) -> String {
        let n = max(1, servers)
        var out = """
            name: \(q(SecuredAndMonitored.name(servers: n)))
            description: \(q(SecuredAndMonitored.description(servers: n)))
            domain: \(q(SecuredAndMonitored.domain))
            zones:
              - {id: internet, kind: internet}
              - {id: dmz, kind: dmz}
              - {id: private, kind: private}
              - {id: saas, kind: external}
            hosts:

            """
        for i in 1...n { out += "  - {id: server-\(i), zone: private}\n" }
        out += frontComponentsYAML(webs: (1...n).map { "web-\($0)" }.joined(separator: ", "))
        out += """
              - id: sumo
                kind: monitoringPlatform
                zone: saas
                software: {product: Sumo Logic}
                monitoringPlatform: {vendor: Sumo Logic, saas: true}

            """
        for i in 1...n { out += serverComponentsYAML(i) }
        out += """
            certificates:
              - id: www-cert
                subject: www.foobar.com
                installedOn: [lb, \((1...n).map { "web-\($0)" }.joined(separator: ", "))]
            flows:

            """
        for flow in SecuredAndMonitored.flows(servers: n) { out += flowYAML(flow) }
        return out
    }

    private static func frontComponentsYAML(webs: String) -> String {
        """
        components:
          - {id: user, name: "User's browser", kind: client, zone: internet}
          - id: www-dns
            kind: dnsRecord
            zone: internet
            dnsRecord: {type: A, name: www.foobar.com, targets: [lb]}
          - id: edge-firewall
            kind: firewall
            zone: dmz
            firewall:
              scope: network
              defaultIngress: deny
              protects: [lb]
              rules:
                - {action: allow, direction: ingress, peer: internet, ports: [443]}
          - id: lb
            kind: loadBalancer
            zone: dmz
            software: {product: HAProxy, version: "2.8"}
            tls: {mode: terminate, certificate: www-cert, minVersion: "1.2"}
            ports: [443]
            loadBalancer:
              algorithm: roundRobin
              mode: single
              backends: [\(webs)]
              healthCheck: {protocol: http, path: /health}

        """
    }

    private static func serverComponentsYAML(_ i: Int) -> String {
        let database =
            i == 1
            ? "{engine: mysql, role: primary}"
            : "{engine: mysql, role: replica, replicatesFrom: db-1, readOnly: true, replication: async}"
        return """
              - id: fw-\(i)
                kind: firewall
                host: server-\(i)
                firewall:
                  scope: host
                  defaultIngress: deny
                  rules:
                    - {action: allow, direction: ingress, peer: lb, ports: [80]}
                    - {action: allow, direction: ingress, peer: private, ports: [3306]}
              - id: web-\(i)
                kind: webServer
                host: server-\(i)
                software: {product: nginx, version: "1.24"}
                tls: {mode: terminate, certificate: www-cert}
                ports: [80, 443]
              - id: app-\(i)
                kind: appServer
                host: server-\(i)
                software: {product: Gunicorn, version: "21.2"}
                ports: [8000]
              - id: db-\(i)
                kind: database
                host: server-\(i)
                software: {product: MySQL, version: "8.0"}
                ports: [3306]
                database: \(database)
              - id: agent-\(i)
                kind: monitoringAgent
                host: server-\(i)
                software: {product: Sumo Logic Collector, version: "19.4"}
                monitoringAgent: {vendor: Sumo Logic, collects: [metrics, logs], shipsTo: sumo}

            """
    }

    /// A flow the way people write them: the id, and encryption when the protocol implies it, left to the loader.
    private static func flowYAML(_ flow: Flow) -> String {
        let port = flow.port.map { ", port: \($0)" } ?? ""
        let encrypted = flow.encrypted == Flow.isEncryptedByDefault(flow.protocol) ? "" : ", encrypted: \(flow.encrypted)"
        let purpose = flow.purpose == .request ? "" : ", purpose: \(flow.purpose.rawValue)"
        return "  - {from: \(flow.from), to: \(flow.to), protocol: \(flow.protocol)\(port)\(encrypted)\(purpose)}\n"
    }

    /// A double-quoted YAML scalar; escapes what YAML's double-quoted style requires.
    static func q(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\x" + String(scalar.value, radix: 16).leftPad(2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate func leftPad(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
