import TopographModel

/// Access, edge and managed-service kinds: bastions, VPN gateways, virtual IPs, CDNs, WAFs,
/// message queues and object storage. One sentence says what the component is in this design.
enum ServiceProse {
    static func sentences(_ c: Component, _ facts: DocumentContext) -> [String] {
        switch c.spec {
        case .bastion:
            return ["A bastion (jump host): operators open an administrative session here first and reach the other hosts only through it."]
        case .vpnGateway(let vpn):
            let range = vpn.clientNetwork.map { ", giving them addresses in \(MD.code($0))" } ?? ""
            return ["A VPN gateway: operators tunnel into the network through it\(range)."]
        case .virtualIP(let vip): return [virtualIP(vip, facts)]
        case .cdn(let cdn):
            let by = cdn.provider.map { " run by \(MD.text($0))" } ?? ""
            let origins = cdn.origins.isEmpty ? "" : ", fetching what it does not hold from \(facts.refs(cdn.origins))"
            return ["A content delivery network\(by) that serves cached content close to users\(origins)."]
        case .waf(let waf):
            let by = waf.provider.map { " (\(MD.text($0)))" } ?? ""
            return [
                waf.mode == .block
                    ? "A web application firewall\(by) that rejects requests its rules match."
                    : "A web application firewall\(by) in detection mode: it logs what its rules match and lets it through."
            ]
        case .messageQueue(let queue):
            let engine = queue.engine.map { " (\(MD.text($0)))" } ?? ""
            let by = queue.provider.map { ", run by \(MD.text($0)) as a managed service" } ?? ""
            return ["A message queue\(engine)\(by): producers hand work to it and consumers take it off at their own pace."]
        case .objectStorage(let storage):
            let by = storage.provider.map { " (\(MD.text($0)))" } ?? ""
            let access = storage.publicRead ? "anyone on the internet may read its objects" : "its objects are private"
            return ["Object storage\(by); \(access)."]
        case .client, .dnsRecord, .firewall, .loadBalancer, .webServer, .appServer, .database, .cache, .monitoringAgent,
            .monitoringPlatform, .generic:
            return []
        }
    }

    /// "A virtual IP (203.0.113.10, keepalived) held by lb-1 with lb-2 standing by: ..."
    static func virtualIP(_ vip: VirtualIPSpec, _ facts: DocumentContext) -> String {
        let details = [vip.address.map(MD.code), vip.mechanism.map(MD.text)].compactMap { $0 }
        let head = "A virtual IP" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        guard let first = vip.members.first else { return head + " with no members." }
        switch vip.mode {
        case .activePassive where vip.members.count > 1:
            return head
                + " held by \(facts.ref(first)) while \(facts.refs(Array(vip.members.dropFirst()))) stand\(vip.members.count == 2 ? "s" : "") by: "
                + "when the holder fails, a standby takes the address over and clients keep the same address, with no DNS change."
        case .activePassive:
            return head + " held by \(facts.ref(first)) alone: nothing takes the address over if it fails."
        case .activeActive:
            return head + " answered by \(facts.refs(vip.members)) at once: each takes a share, and the others absorb a member's failure."
        }
    }
}
