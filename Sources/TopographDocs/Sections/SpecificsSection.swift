import TopographAnalysis
import TopographModel

/// "Specifics about this infrastructure": zones, stand-alone components, each host with what runs
/// on it, and certificates, each in prose generated from the model.
enum SpecificsSection {
    static func render(_ doc: DocumentContext, issues: IssueIndex) -> String {
        let refs = issues.referencesByElement
        let arch = doc.architecture
        var blocks = ["## Specifics about this infrastructure"]
        if !arch.zones.isEmpty {
            blocks.append("### Zones\n\n" + arch.zones.map { "- " + zone($0, doc) }.joined(separator: "\n"))
        }
        let standalone = arch.components.filter { $0.host == nil }
        if !standalone.isEmpty {
            blocks.append(
                "### Stand-alone components\n\n"
                    + standalone.map { "- " + ComponentProse.paragraph($0, doc) + see(refs[$0.id]) }.joined(separator: "\n"))
        }
        for host in arch.hosts { blocks.append(self.host(host, doc, refs)) }
        if !arch.certificates.isEmpty {
            blocks.append(
                "### Certificates\n\n"
                    + arch.certificates.map { "- " + CertificateProse.paragraph($0, doc) + see(refs[$0.id]) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    static func zone(_ zone: Zone, _ doc: DocumentContext) -> String {
        var text = "**\(doc.ref(zone.id))**"
        if let name = zone.name, name != zone.id.rawValue { text += " “\(MD.text(name))”" }
        text += " — \(doc.zonePhrase(zone))."
        let members = doc.members(of: zone.id)
        text += members.isEmpty ? " Nothing is placed in it." : " Contains \(doc.refs(members))."
        if let description = zone.description, !description.isEmpty { text += " \(MD.text(description))." }
        return text
    }

    /// " See issues 2 and 7." linking the open issues that name the element.
    static func see(_ issues: [IssueIndex.Issue]?) -> String {
        guard let issues, !issues.isEmpty else { return "" }
        return " See \(issues.count == 1 ? "issue" : "issues") \(MD.list(issues.map(\.shortLink)))."
    }

    static func host(_ host: Host, _ doc: DocumentContext, _ refs: [ElementID: [IssueIndex.Issue]]) -> String {
        var heading = "### Host \(doc.ref(host.id))"
        if let name = host.name, name != host.id.rawValue { heading += " “\(MD.text(name))”" }
        let components = doc.index.componentsByHost[host.id] ?? []
        var intro = host.zone.map { "In zone \(doc.ref($0))" } ?? "In no declared zone"
        intro += components.isEmpty ? ", running nothing declared." : ", running \(doc.refs(components.map(\.id)))."
        intro += " " + guards(host.id, components, doc)
        intro += " " + watchers(host.id, components, doc)
        if let description = host.description, !description.isEmpty { intro += " \(MD.text(description))." }
        intro += see(refs[host.id])
        let bullets = components.map { "- " + ComponentProse.paragraph($0, doc) + see(refs[$0.id]) }
        return ([heading, intro] + (bullets.isEmpty ? [] : [bullets.joined(separator: "\n")])).joined(separator: "\n\n")
    }
}

extension SpecificsSection {
    /// Which firewalls guard a host; bold when nothing guards a host that receives traffic.
    static func guards(_ host: ElementID, _ components: [Component], _ doc: DocumentContext) -> String {
        let walls = doc.facts.firewalls.covering(host)
        if !walls.isEmpty { return "Guarded by \(doc.refs(walls.map(\.id)))." }
        if doc.facts.exposure.isUnprotected.contains(host) {
            return "**No firewall guards it**, yet it receives traffic from other machines."
        }
        let guarded = components.filter { !doc.facts.firewalls.covering($0.id).isEmpty }.map(\.id)
        if !guarded.isEmpty {
            return "No firewall guards the host as a whole; \(doc.refs(guarded)) on it \(guarded.count == 1 ? "is" : "are") guarded."
        }
        return "No firewall guards it; no other machine sends it traffic."
    }

    /// What monitors a host; bold when nothing does.
    static func watchers(_ host: ElementID, _ components: [Component], _ doc: DocumentContext) -> String {
        let agents = doc.facts.monitoring.agentsByHost[host] ?? []
        if !agents.isEmpty { return "Monitored by \(doc.refs(agents.map(\.id)))." }
        if doc.unmonitored.contains(host) { return "**Nothing monitors it**: no monitoring agent runs on it." }
        if components.isEmpty { return "No monitoring agent runs on it, and it runs nothing to watch." }
        return "No monitoring agent runs on it; its components push their own telemetry or are scraped."
    }
}

/// Certificates: names, where the key is installed, where it is actually presented.
enum CertificateProse {
    static func paragraph(_ cert: Certificate, _ doc: DocumentContext) -> String {
        var text = "**\(doc.ref(cert.id))** — valid for \(MD.list(cert.names.map(MD.code)))"
        if let issuer = cert.issuer { text += ", issued by \(MD.text(issuer))" }
        text += cert.expires.map { ", expires \(MD.text($0))." } ?? ", expiry not declared."
        if let domain = doc.architecture.domain {
            text += cert.covers(domain) ? " It covers the site's domain." : " **It does not cover the site's domain \(MD.code(domain)).**"
        }
        let presenting = doc.facts.certificates.presenters[cert.id] ?? []
        if !cert.installedOn.isEmpty { text += " Installed on \(doc.refs(cert.installedOn))." }
        text +=
            presenting.isEmpty
            ? " No component presents it to encrypted traffic." : " Presented to clients by \(doc.refs(presenting.map(\.id)))."
        let idle = doc.facts.certificates.idlePlaces(of: cert)
        if !idle.isEmpty && !presenting.isEmpty {
            text +=
                " The private key also sits on \(doc.refs(idle)), where no encrypted hop uses it: every extra copy is one more place it can leak from."
        }
        return text
    }
}
