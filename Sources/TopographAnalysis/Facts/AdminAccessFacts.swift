import TopographModel

/// How operators reach the machines: the bastions (jump hosts), the administration flows that go
/// around them, and the bastions any internet host may knock on.
public struct AdminAccessFacts: Sendable {
    /// Ports of remote administration services, with their names.
    public static let adminPorts: [Int: String] = [22: "SSH", 3389: "RDP", 5900: "VNC", 2375: "Docker API", 10250: "kubelet"]

    public struct OpenBastion: Sendable {
        public let bastion: Component
        public let port: Int
        /// The firewalls that let any internet host through, each with its deciding rule (nil:
        /// the default policy); empty when no firewall covers the bastion.
        public let admittedBy: [FirewallCrossing]
        /// An internet source's flow to it, when the model has one.
        public let flow: Flow?
    }

    /// Bastions, in declaration order.
    public let bastions: [Component]
    /// Remote sessions between machines that neither leave a bastion nor end at a bastion or VPN
    /// gateway, in declaration order; empty when the design has no bastion.
    public let bypasses: [Flow]
    /// Bastions whose administration port any internet host may reach, in declaration order.
    public let openBastions: [OpenBastion]

    init(index: ArchitectureIndex, firewalls: FirewallFacts, isInternetSource: Set<ElementID>) {
        let bastions = index.architecture.components.filter { $0.kind == .bastion }
        self.bastions = bastions
        guard !bastions.isEmpty else {
            bypasses = []
            openBastions = []
            return
        }
        let bastionMachines = Set(bastions.map { index.unit(of: $0.id) })
        bypasses = index.architecture.flows.filter { flow in
            guard Self.isAdmin(flow), index.unit(of: flow.from) != index.unit(of: flow.to) else { return false }
            let target = index.components[flow.to]?.kind
            return !bastionMachines.contains(index.unit(of: flow.from)) && target != .bastion && target != .vpnGateway
        }
        openBastions = bastions.compactMap { b in
            let port = b.ports.first { Self.adminPorts[$0] != nil } ?? 22
            let flow = (index.incoming[b.id] ?? []).first { isInternetSource.contains($0.from) }
            let covering = firewalls.covering(b.id)
            if covering.isEmpty { return flow.map { OpenBastion(bastion: b, port: port, admittedBy: [], flow: $0) } }
            let admitted = covering.compactMap { firewalls.internetAdmission(of: port, by: $0) }
            guard admitted.count == covering.count else { return nil }
            return OpenBastion(bastion: b, port: port, admittedBy: admitted, flow: flow)
        }
    }

    /// A remote shell or desktop session (SSH, RDP, VNC, a container or node API): an admin or
    /// request flow to an administration port. Dashboards viewed over the VPN are not sessions.
    public static func isAdmin(_ flow: Flow) -> Bool {
        (flow.purpose == .admin || flow.purpose == .request) && flow.port.map { adminPorts[$0] != nil } ?? false
    }
}
