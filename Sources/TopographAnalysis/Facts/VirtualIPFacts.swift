import TopographModel

/// Virtual IPs and who answers on them: traffic addressed to a virtual IP is served by its
/// members (the active holder of an active-passive pair, or every member of an active-active
/// one), so every analysis that follows traffic follows it on to the members.
///
/// The address itself is not a machine: it cannot fail on its own, terminates nothing and needs
/// no firewall of its own. Rules read the delivered flows here instead of the declared ones.
public struct VirtualIPFacts: Sendable {
    /// The declared members of each virtual IP that exist in the model, in declaration order.
    public let members: [ElementID: [ElementID]]
    /// The virtual IPs each component answers on, in declaration order.
    public let addresses: [ElementID: [ElementID]]
    /// Each element's outgoing flows, plus every flow to a virtual IP delivered to each member
    /// (the flow's `to` replaced by the member, all else kept).
    public let outgoing: [ElementID: [Flow]]
    /// Each element's incoming flows, plus the flows addressed to the virtual IPs it answers on.
    public let incoming: [ElementID: [Flow]]

    init(index: ArchitectureIndex) {
        var members: [ElementID: [ElementID]] = [:]
        var addresses: [ElementID: [ElementID]] = [:]
        for c in index.architecture.components {
            guard let spec = c.spec.virtualIP else { continue }
            let existing = spec.members.uniqued().filter { index.components[$0] != nil }
            members[c.id] = existing
            for m in existing { addresses[m, default: []].append(c.id) }
        }
        self.members = members
        self.addresses = addresses
        guard !members.isEmpty else {
            // No virtual IP: the declared flows are the delivered ones (shared storage, no copy).
            outgoing = index.outgoing
            incoming = index.incoming
            return
        }
        var outgoing = index.outgoing
        var incoming = index.incoming
        for flow in index.architecture.flows {
            for member in members[flow.to] ?? [] {
                var delivered = flow
                delivered.to = member
                outgoing[flow.from, default: []].append(delivered)
                incoming[member, default: []].append(delivered)
            }
        }
        self.outgoing = outgoing
        self.incoming = incoming
    }

    public func isVirtualIP(_ id: ElementID) -> Bool { members[id] != nil }

    /// What serves traffic addressed to `id`: a virtual IP's members, else `id` itself.
    public func servers(of id: ElementID) -> [ElementID] { members[id] ?? [id] }
}
