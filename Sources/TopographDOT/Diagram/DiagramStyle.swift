import TopographModel

/// Shapes, colours and line styles: the diagram's visual vocabulary, in one place so the legend
/// and the drawing cannot disagree.
enum DiagramStyle {
    /// Pinned so text metrics, and so SVG and PNG bytes, are the same on every machine with the font.
    static let font = "DejaVu Sans"
    static let ink = "#263238"
    static let muted = "#607D8B"

    /// How one kind of node looks.
    struct NodeLook: Hashable {
        var shape: String
        var fill: String
        var border: String
        var style = "filled"
        var penwidth = "1.2"
        /// Words for the legend, e.g. "cylinder".
        var shapeName: String
    }

    static func look(for component: Component) -> NodeLook {
        switch component.spec {
        case .client: NodeLook(shape: "box", fill: "#ECEFF1", border: "#78909C", style: "rounded,filled", shapeName: "rounded box")
        case .dnsRecord: NodeLook(shape: "note", fill: "#FFF8E1", border: "#C9A227", shapeName: "note")
        case .firewall:
            NodeLook(
                shape: "box", fill: "#FBE9E7", border: "#BF360C", style: "filled,diagonals", penwidth: "1.6",
                shapeName: "box with cut corners")
        case .loadBalancer: NodeLook(shape: "hexagon", fill: "#E3F2FD", border: "#1565C0", penwidth: "1.6", shapeName: "hexagon")
        case .webServer: NodeLook(shape: "box", fill: "#E8F5E9", border: "#2E7D32", style: "rounded,filled", shapeName: "rounded box")
        case .appServer: NodeLook(shape: "component", fill: "#F3E5F5", border: "#7B1FA2", shapeName: "component box")
        case .database(let spec) where spec.role == .replica:
            NodeLook(shape: "cylinder", fill: "#F1F7FD", border: "#5C8DC4", style: "filled,dashed", shapeName: "dashed cylinder")
        case .database: NodeLook(shape: "cylinder", fill: "#BBDEFB", border: "#0D47A1", penwidth: "2.2", shapeName: "bold cylinder")
        case .cache: NodeLook(shape: "cylinder", fill: "#FFF3E0", border: "#EF6C00", shapeName: "orange cylinder")
        case .monitoringAgent: NodeLook(shape: "cds", fill: "#E0F2F1", border: "#00796B", shapeName: "arrow tag")
        case .monitoringPlatform: NodeLook(shape: "tab", fill: "#B2DFDB", border: "#004D40", penwidth: "1.6", shapeName: "tab")
        case .generic: NodeLook(shape: "box", fill: "#FAFAFA", border: "#9E9E9E", shapeName: "box")
        case .bastion: NodeLook(shape: "house", fill: "#EFEBE9", border: "#5D4037", penwidth: "1.6", shapeName: "house")
        case .vpnGateway:
            NodeLook(shape: "invhouse", fill: "#EDE7F6", border: "#4527A0", penwidth: "1.6", shapeName: "inverted house")
        case .virtualIP:
            NodeLook(
                shape: "ellipse", fill: "#E1F5FE", border: "#0277BD", style: "filled,dashed", penwidth: "1.6", shapeName: "dashed ellipse")
        case .cdn: NodeLook(shape: "octagon", fill: "#E0F7FA", border: "#00838F", shapeName: "octagon")
        case .waf: NodeLook(shape: "pentagon", fill: "#FCE4EC", border: "#AD1457", penwidth: "1.6", shapeName: "pentagon")
        case .messageQueue: NodeLook(shape: "box3d", fill: "#FFFDE7", border: "#F9A825", shapeName: "3-D box")
        case .objectStorage: NodeLook(shape: "folder", fill: "#F1F8E9", border: "#558B2F", shapeName: "folder")
        }
    }

    /// An element that fails in a blast-radius diagram; what it takes with it is drawn `dimmed`.
    static let failed = (fill: "#FFEBEE", border: "#C62828", text: "#B71C1C")

    /// Components outside a view's focus, drawn for context only.
    static let dimmed = (fill: "#F5F5F5", border: "#CFD8DC", text: "#90A4AE")

    /// Zone background and border by trust level.
    static func zoneColors(_ kind: ZoneKind) -> (fill: String, border: String) {
        switch kind {
        case .internet: ("#FAFAFA", "#B0BEC5")
        case .external: ("#F7F3FC", "#B39DDB")
        case .dmz: ("#FFF8EE", "#FFB74D")
        case .private: ("#F2F9F4", "#81C784")
        }
    }

    static let hostBorder = "#90A4AE"

    /// Outline and badge colour of a finding.
    static func color(_ severity: Severity, active: Bool = true) -> String {
        guard active else { return "#9E9E9E" }
        return switch severity {
        case .error: "#D32F2F"
        case .warning: "#EF6C00"
        case .note: "#1976D2"
        }
    }
}

/// How a hop is drawn; the legend lists these in this order.
enum EdgeClass: Int, CaseIterable, Comparable {
    case secureData, plaintextData, replication, telemetry, dns, control, local, resolves, heldBy

    static func < (lhs: EdgeClass, rhs: EdgeClass) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `local`: a read or write through the local file system (`ArchitectureFacts.isLocalAccess`).
    init(_ flow: Flow, local: Bool = false) {
        if local {
            self = .local
            return
        }
        switch flow.purpose {
        case .request, .read, .write: self = flow.encrypted ? .secureData : .plaintextData
        case .replication: self = .replication
        case .metrics, .logs: self = .telemetry
        case .dns: self = .dns
        case .admin, .healthCheck: self = .control
        }
    }

    var color: String {
        switch self {
        case .secureData: "#2E7D32"
        case .plaintextData: "#C62828"
        case .replication: "#3F51B5"
        case .telemetry: "#00897B"
        case .dns, .resolves: "#9E9E9E"
        case .control: "#795548"
        case .local: "#757575"
        case .heldBy: "#0277BD"
        }
    }

    var penwidth: String {
        switch self {
        case .secureData, .plaintextData: "1.8"
        case .replication, .heldBy: "1.2"
        case .telemetry, .control, .local: "1.0"
        case .dns, .resolves: "0.8"
        }
    }

    /// Dashes mean plaintext for data; the quieter classes use their own patterns.
    func style(encrypted: Bool) -> String {
        switch self {
        case .secureData, .local: "solid"
        case .plaintextData: "dashed"
        case .replication: encrypted ? "solid" : "dashed"
        case .telemetry, .dns, .resolves: "dotted"
        case .control, .heldBy: "dashed"
        }
    }

    var arrowhead: String {
        switch self {
        case .secureData, .plaintextData: "normal"
        case .replication: "empty"
        case .telemetry, .dns, .control, .local, .heldBy: "vee"
        case .resolves: "none"
        }
    }

    /// Legend text: a line sample drawn with box-drawing characters (DejaVu Sans has them) and words.
    var legend: (sample: String, text: String) {
        switch self {
        case .secureData: ("━━━▶", "request, read, write over TLS")
        case .plaintextData: ("╍╍╍▶", "request, read, write in PLAINTEXT")
        case .replication: ("───▷", "replication (dashed: plaintext)")
        case .telemetry: ("┈┈┈›", "metrics and logs")
        case .dns: ("┈┈┈›", "DNS lookup")
        case .control: ("╌╌╌›", "admin, health check")
        case .local: ("───›", "local access on one host (no network)")
        case .resolves: ("┈┈┈", "DNS record resolves to")
        case .heldBy: ("╌╌╌›", "virtual IP answered by its members")
        }
    }
}
