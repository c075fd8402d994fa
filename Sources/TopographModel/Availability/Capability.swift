/// What a design does for its users that a failure can take away; the failure analysis reports the
/// impact of every scenario on each, and a model can require some to survive any single failure.
public enum Capability: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Users reach the site: a request gets from a client through an entry point to the application tier.
    case site
    /// The application tier can read its data.
    case reads
    /// The application tier can write its data.
    case writes
    /// Users' TLS still terminates on a component holding the certificate.
    case tls
    /// Every working host still ships telemetry to a working monitoring platform.
    case monitoring
    /// No committed transaction is lost.
    case data

    /// A human name, e.g. "writes".
    public var title: String {
        switch self {
        case .site: "site"
        case .reads: "reads"
        case .writes: "writes"
        case .tls: "TLS termination"
        case .monitoring: "monitoring"
        case .data: "data"
        }
    }

    public static func < (a: Capability, b: Capability) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
