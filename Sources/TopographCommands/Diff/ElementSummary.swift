import TopographModel

/// One-line descriptions of elements for diff reports, e.g. "firewall (network) in dmz".
enum ElementSummary {
    static func zone(_ zone: Zone) -> String {
        "\(zone.kind.rawValue) zone" + (zone.name.map { " \"\($0)\"" } ?? "")
    }

    static func host(_ host: Host) -> String {
        "host" + (host.zone.map { " in \($0)" } ?? "")
    }

    static func component(_ component: Component) -> String {
        var text = component.kind.title
        if let firewall = component.spec.firewall { text += " (\(firewall.scope.rawValue))" }
        if let database = component.spec.database { text += " (\(database.role.rawValue))" }
        if let software = component.software { text += ", \(software)" }
        if let tls = component.tls { text += ", TLS \(tls.mode.rawValue)" }
        if let host = component.host { text += " on \(host)" } else if let zone = component.zone { text += " in \(zone)" }
        return text
    }

    static func certificate(_ certificate: Certificate) -> String {
        "certificate for \(certificate.subject)"
            + (certificate.installedOn.isEmpty ? "" : " on \(certificate.installedOn.map(\.rawValue).joined(separator: ", "))")
    }

    static func flow(_ flow: Flow) -> String {
        "\(flow.from) -> \(flow.to), \(flow.protocol)" + (flow.port.map { " \($0)" } ?? "")
            + " (\(flow.purpose.rawValue), \(flow.encrypted ? "encrypted" : "plaintext"))"
    }

    static func riskID(_ risk: AcceptedRisk) -> String {
        risk.element.map { "\(risk.rule) on \($0)" } ?? risk.rule
    }

    static func risk(_ risk: AcceptedRisk) -> String {
        "accepted: \(risk.reason)" + (risk.expires.map { " (until \($0))" } ?? "")
    }
}
