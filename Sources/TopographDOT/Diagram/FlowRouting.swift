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
    /// Zone firewalls the flow passes that are not drawn as a hop (see `FlowRouter.path`); the
    /// label names them.
    var via: [ElementID] = []
    /// The flows' diff mark in words (`DiffMarks`), so an added and an unchanged flow with the
    /// same ends stay two lines; empty without a diff.
    var diffKey = ""

    var key: String {
        let first = flows[0]
        let protocolKey = labelled ? "\(first.protocol)|\(first.port.map(String.init) ?? "")" : ""
        let through = via.map(\.rawValue).joined(separator: ",")
        return "\(from)|\(to)|\(edgeClass.rawValue)|\(encrypted)|\(labelled)|\(protocolKey)|\(through)|\(diffKey)"
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
            let route = path(of: flow)
            let hops = route.hops
            for i in 0..<(hops.count - 1) {
                let segment = Segment(
                    from: hops[i], to: hops[i + 1], edgeClass: EdgeClass(flow, local: scene.facts.isLocalAccess(flow)),
                    encrypted: flow.encrypted,
                    flows: [flow], labelled: i == 0, via: i == 0 ? route.via : [],
                    diffKey: scene.diff?.flows[flow.id].map { "\($0.status)|\($0.fields.joined(separator: "\u{1}"))" } ?? "")
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
    /// target (`ArchitectureFacts.firewalls.crossings`), target; and the zone firewalls it passes
    /// that are not drawn as a hop. Leaving through a firewall is not drawn: every line would pass
    /// its source's firewall twice over.
    ///
    /// A network firewall is the hop when it guards the target itself or the target's host (it
    /// stands in front of them, as an edge firewall before its load balancer). One that guards
    /// the target only through its zone sits on the zone's boundary: drawing every flow into the
    /// zone through its node would funnel the zone's traffic into one point, so the line goes
    /// straight to the target and its label names the firewall.
    func path(of flow: Flow) -> (hops: [ElementID], via: [ElementID]) {
        guard scene.routesThroughFirewalls else { return ([flow.from, flow.to], []) }
        var hops = [flow.from]
        var via: [ElementID] = []
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
            if guardsZoneOnly(firewall, target: flow.to) {
                via.append(firewall.id)
            } else {
                hops.append(firewall.id)
            }
        }
        return (hops + [flow.to], via)
    }

    /// Whether a network firewall guards `target` only as part of a zone it protects.
    func guardsZoneOnly(_ firewall: Component, target: ElementID) -> Bool {
        guard let spec = firewall.spec.firewall, spec.scope == .network else { return false }
        let host = scene.index.components[target]?.host
        return !spec.protects.contains(target) && !(host.map(spec.protects.contains) ?? false)
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
