import TopographModel

/// The nesting every diagram format draws: zones holding stand-alone components and hosts, hosts
/// holding components. Built once from a scene so DOT, Mermaid and C4-PlantUML group alike.
struct SceneTree {
    struct HostBox {
        let host: Host
        /// Components drawn in full, in declaration order.
        let focus: [Component]
        /// Components outside the view, drawn as one grey node (see `DiagramScene.collapsed`).
        let context: [Component]
    }

    struct ZoneBox {
        let zone: Zone
        let standalone: [Component]
        let hosts: [HostBox]
    }

    /// Zones with something drawn in them, in declaration order.
    let zones: [ZoneBox]
    /// Hosts without a known zone.
    let unzonedHosts: [HostBox]
    /// Stand-alone components without a known zone (and components of unknown hosts).
    let loose: [Component]

    init(_ scene: DiagramScene) {
        let architecture = scene.index.architecture
        func box(_ host: Host) -> HostBox? {
            let members = scene.components.filter { $0.host == host.id }
            guard !members.isEmpty else { return nil }
            return HostBox(
                host: host, focus: members.filter { !scene.dimmed.contains($0.id) },
                context: members.filter { scene.dimmed.contains($0.id) })
        }
        zones = architecture.zones.compactMap { zone in
            let standalone = scene.components.filter { $0.host == nil && $0.zone == zone.id }
            let hosts = architecture.hosts.filter { $0.zone == zone.id }.compactMap(box)
            return standalone.isEmpty && hosts.isEmpty ? nil : ZoneBox(zone: zone, standalone: standalone, hosts: hosts)
        }
        let known = Set(architecture.zones.map(\.id))
        unzonedHosts = architecture.hosts.filter { $0.zone.map { !known.contains($0) } ?? true }.compactMap(box)
        loose = scene.components.filter { component in
            if let host = component.host { return scene.index.hosts[host] == nil }
            return component.zone.map { !known.contains($0) } ?? true
        }
    }

    /// The words after a zone's name, e.g. "DMZ"; nil when the name already says it.
    static func kindText(_ zone: Zone) -> String? {
        let text =
            switch zone.kind {
            case .internet: "internet"
            case .external: "external"
            case .dmz: "DMZ"
            case .private: "private network"
            }
        return zone.displayName.lowercased() == text.lowercased() ? nil : text
    }
}
