import TopographAnalysis
import TopographModel

/// One drawn edge: a whole flow, or a piece of one that passes through a firewall. Flows that
/// share ends, class and protocol are merged into one segment ("mysql:3306 · read, write").
struct Segment {
    var from: ElementID
    var to: ElementID
    var edgeClass: EdgeClass
    var encrypted: Bool
    /// The flows drawn by this segment, in declaration order.
    var flows: [Flow]
    /// The first piece of a routed flow carries the label; the pieces after a firewall do not.
    var labelled: Bool

    var key: String {
        let first = flows[0]
        let protocolKey = labelled ? "\(first.protocol)|\(first.port.map(String.init) ?? "")" : ""
        return "\(from)|\(to)|\(edgeClass.rawValue)|\(encrypted)|\(labelled)|\(protocolKey)"
    }
}

/// Turns a scene's flows into segments, drawing flows into protected elements through the
/// firewalls in front of them: network firewalls before what they protect, host firewalls
/// before the components of their host.
struct FlowRouter {
    let scene: DiagramScene

    func segments() -> [Segment] {
        var merged: [Segment] = []
        var positions: [String: Int] = [:]
        for flow in scene.flows {
            let hops = path(of: flow)
            for i in 0..<(hops.count - 1) {
                let segment = Segment(
                    from: hops[i], to: hops[i + 1], edgeClass: EdgeClass(flow, local: scene.facts.isLocalAccess(flow)),
                    encrypted: flow.encrypted,
                    flows: [flow], labelled: i == 0)
                if let position = positions[segment.key] {
                    merged[position].flows.append(flow)
                } else {
                    positions[segment.key] = merged.count
                    merged.append(segment)
                }
            }
        }
        return merged + resolutionSegments() + virtualIPSegments()
    }

    /// The elements a flow passes on its way: source, the firewalls that admit it into its
    /// target (`ArchitectureFacts.firewalls.crossings`), target. Leaving through a firewall is
    /// not drawn: every line would pass its source's firewall twice over.
    func path(of flow: Flow) -> [ElementID] {
        guard scene.routesThroughFirewalls else { return [flow.from, flow.to] }
        var hops = [flow.from]
        // Traffic meets the network firewall before the one on the target's host.
        let ingress = scene.facts.firewalls.crossings(of: flow).filter { $0.direction == .ingress }
        let ordered =
            ingress.filter { $0.firewall.spec.firewall?.scope == .network }
            + ingress.filter { $0.firewall.spec.firewall?.scope != .network }
        // Traffic to a virtual IP meets its members' host firewalls after the address, not before
        // it: only network firewalls are drawn on the line to the address.
        let toAddress = scene.facts.virtualIPs.isVirtualIP(flow.to)
        for crossing in ordered {
            let firewall = crossing.firewall
            guard firewall.id != flow.from, firewall.id != flow.to, scene.anchor(of: firewall.id) != nil else { continue }
            if toAddress && firewall.spec.firewall?.scope == .host { continue }
            // A flow to a host (an SSH session) ends at the host's box, which holds its firewall:
            // the line into the box says it; a hop through the firewall would loop onto itself.
            if firewall.host == flow.to { continue }
            // Host firewalls are drawn in front of traffic from other zones only: drawing every
            // server-to-server hop through them too would tangle the picture, and their rule list
            // (in the node's label) already says what they let in from their own zone.
            if firewall.spec.firewall?.scope == .host && scene.index.zone(of: flow.from)?.id == scene.index.zone(of: flow.to)?.id {
                continue
            }
            hops.append(firewall.id)
        }
        return hops + [flow.to]
    }

    /// Dashed lines from a virtual IP to the members that answer on it: traffic to the address
    /// reaches them. Constrained, so the address sits in front of the pair it stands for.
    private func virtualIPSegments() -> [Segment] {
        scene.components.flatMap { vip -> [Segment] in
            guard let spec = vip.spec.virtualIP, scene.anchor(of: vip.id) != nil else { return [] }
            return spec.members.filter { scene.anchor(of: $0) != nil }.map { member in
                let flow = Flow(from: vip.id, to: member, protocol: "vip", purpose: .request)
                return Segment(from: vip.id, to: member, edgeClass: .heldBy, encrypted: false, flows: [flow], labelled: false)
            }
        }
    }

    /// Faint lines from DNS records to the elements they resolve to.
    private func resolutionSegments() -> [Segment] {
        guard scene.showsResolution else { return [] }
        return scene.components.flatMap { record -> [Segment] in
            guard let spec = record.spec.dnsRecord else { return [] }
            return spec.targets.filter { scene.anchor(of: $0) != nil }.map { target in
                let flow = Flow(from: record.id, to: target, protocol: spec.type.rawValue, purpose: .dns)
                return Segment(from: record.id, to: target, edgeClass: .resolves, encrypted: false, flows: [flow], labelled: false)
            }
        }
    }
}
