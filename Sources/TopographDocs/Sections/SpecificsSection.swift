import TopographModel

/// "Specifics about this infrastructure": zones, stand-alone components, each host with what runs
/// on it, and certificates, each in prose generated from the model.
enum SpecificsSection {
    static func render(_ facts: DocumentFacts, issues: IssueIndex) -> String {
        let refs = issues.referencesByElement
        let arch = facts.architecture
        var blocks = ["## Specifics about this infrastructure"]
        if !arch.zones.isEmpty {
            blocks.append("### Zones\n\n" + arch.zones.map { "- " + zone($0, facts) }.joined(separator: "\n"))
        }
        let standalone = arch.components.filter { $0.host == nil }
        if !standalone.isEmpty {
            blocks.append(
                "### Stand-alone components\n\n"
                    + standalone.map { "- " + ComponentProse.paragraph($0, facts) + see(refs[$0.id]) }.joined(separator: "\n"))
        }
        for host in arch.hosts { blocks.append(self.host(host, facts, refs)) }
        if !arch.certificates.isEmpty {
            blocks.append(
                "### Certificates\n\n"
                    + arch.certificates.map { "- " + CertificateProse.paragraph($0, facts) + see(refs[$0.id]) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    static func zone(_ zone: Zone, _ facts: DocumentFacts) -> String {
        var text = "**\(facts.ref(zone.id))**"
        if let name = zone.name, name != zone.id.rawValue { text += " “\(MD.text(name))”" }
        text += " — \(facts.zonePhrase(zone))."
        let members = facts.members(of: zone.id)
        text += members.isEmpty ? " Nothing is placed in it." : " Contains \(facts.refs(members))."
        if let description = zone.description, !description.isEmpty { text += " \(MD.text(description))." }
        return text
    }

    /// " See issues 2 and 7." linking the open issues that name the element.
    static func see(_ issues: [IssueIndex.Issue]?) -> String {
        guard let issues, !issues.isEmpty else { return "" }
        return " See \(issues.count == 1 ? "issue" : "issues") \(MD.list(issues.map(\.shortLink)))."
    }

    static func host(_ host: Host, _ facts: DocumentFacts, _ refs: [ElementID: [IssueIndex.Issue]]) -> String {
        var heading = "### Host \(facts.ref(host.id))"
        if let name = host.name, name != host.id.rawValue { heading += " “\(MD.text(name))”" }
        let components = facts.index.componentsByHost[host.id] ?? []
        var intro = host.zone.map { "In zone \(facts.ref($0))" } ?? "In no declared zone"
        intro += components.isEmpty ? ", running nothing declared." : ", running \(facts.refs(components.map(\.id)))."
        let walls = facts.firewalls(guarding: host.id)
        intro += walls.isEmpty ? " **No firewall guards it.**" : " Guarded by \(facts.refs(walls.map(\.id)))."
        let agents = facts.agents(on: host.id)
        intro += agents.isEmpty ? " **No monitoring agent runs on it.**" : " Monitored by \(facts.refs(agents.map(\.id)))."
        if let description = host.description, !description.isEmpty { intro += " \(MD.text(description))." }
        intro += see(refs[host.id])
        let bullets = components.map { "- " + ComponentProse.paragraph($0, facts) + see(refs[$0.id]) }
        return ([heading, intro] + (bullets.isEmpty ? [] : [bullets.joined(separator: "\n")])).joined(separator: "\n\n")
    }
}

/// Certificates: names, where the key is installed, where it is actually presented.
enum CertificateProse {
    static func paragraph(_ cert: Certificate, _ facts: DocumentFacts) -> String {
        var text = "**\(facts.ref(cert.id))** — valid for \(MD.list(cert.names.map(MD.code)))"
        if let issuer = cert.issuer { text += ", issued by \(MD.text(issuer))" }
        text += cert.expires.map { ", expires \(MD.text($0))." } ?? ", expiry not declared."
        if let domain = facts.architecture.domain {
            text += cert.covers(domain) ? " It covers the site's domain." : " **It does not cover the site's domain \(MD.code(domain)).**"
        }
        let users = facts.architecture.components.filter { $0.tls?.certificate == cert.id }
        let presenting = users.filter { facts.incoming($0.id).contains(where: \.encrypted) }
        if !cert.installedOn.isEmpty { text += " Installed on \(facts.refs(cert.installedOn))." }
        text +=
            presenting.isEmpty
            ? " No component presents it to encrypted traffic." : " Presented to clients by \(facts.refs(presenting.map(\.id)))."
        let idle = cert.installedOn.filter { id in !presenting.contains { $0.id == id } }
        if !idle.isEmpty && !presenting.isEmpty {
            text +=
                " The private key also sits on \(facts.refs(idle)), where no encrypted hop uses it: every extra copy is one more place it can leak from."
        }
        return text
    }
}
