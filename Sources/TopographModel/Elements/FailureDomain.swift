/// Where a machine or network sits in the provider's failure hierarchy: region > availability zone
/// > rack. Two members of a redundant pair in one rack fail together when the rack loses power.
public struct FailureDomain: Hashable, Sendable, Codable {
    /// e.g. `eu-west-1`, `fra`.
    public var region: String?
    /// e.g. `eu-west-1a`, `fra-dc2`.
    public var availabilityZone: String?
    /// e.g. `r12`.
    public var rack: String?

    public init(region: String? = nil, availabilityZone: String? = nil, rack: String? = nil) {
        self.region = region
        self.availabilityZone = availabilityZone
        self.rack = rack
    }

    /// The levels, outermost first, with their names for messages.
    public enum Level: String, CaseIterable, Sendable, Comparable {
        case region, availabilityZone, rack

        public var title: String {
            switch self {
            case .region: "region"
            case .availabilityZone: "availability zone"
            case .rack: "rack"
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public subscript(level: Level) -> String? {
        switch level {
        case .region: region
        case .availabilityZone: availabilityZone
        case .rack: rack
        }
    }

    public var isEmpty: Bool { region == nil && availabilityZone == nil && rack == nil }

    /// This domain with the levels it leaves open taken from `outer` (a host inside its zone's domain).
    public func within(_ outer: FailureDomain?) -> FailureDomain {
        guard let outer else { return self }
        return FailureDomain(
            region: region ?? outer.region, availabilityZone: availabilityZone ?? outer.availabilityZone,
            rack: rack ?? outer.rack)
    }

    /// A qualified name for one level: a rack is named with its zone and region, since rack `r1`
    /// in two availability zones is two racks. Nil when the level is not declared.
    public func path(to level: Level) -> String? {
        guard self[level] != nil else { return nil }
        return Level.allCases.filter { $0 <= level }.compactMap { self[$0] }.joined(separator: "/")
    }

    /// `eu-west-1 / eu-west-1a / rack r12`.
    public var summary: String {
        [region, availabilityZone, rack.map { "rack \($0)" }].compactMap { $0 }.joined(separator: " / ")
    }
}
