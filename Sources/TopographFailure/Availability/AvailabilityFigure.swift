import Foundation
import TopographModel

/// One availability figure with the ways people read it: a percentage, nines, downtime per year.
public struct AvailabilityFigure: Hashable, Sendable {
    public let capability: Capability
    /// The exact probability that the capability works, 0...1.
    public let value: Double

    public init(_ capability: Capability, _ value: Double) {
        self.capability = capability
        self.value = value
    }

    /// Seconds in an average (Julian) year.
    public static let secondsPerYear = 365.25 * 24 * 3600

    /// Expected downtime per year in seconds.
    public var downtimePerYear: Double { (1 - value) * Self.secondsPerYear }

    /// The number of nines, -log10(1 - A): 3.0 for 99.9%; infinite for 100%.
    public var nines: Double { value >= 1 ? .infinity : -log10(1 - value) }

    /// `99.87%`: two decimals, more when two would round a figure below 100% up to it.
    public var percent: String { Self.percent(value) }

    public static func percent(_ value: Double) -> String {
        var decimals = 2
        while decimals < 8, value < 1, (value * 100 * pow(10, Double(decimals))).rounded() >= 100 * pow(10, Double(decimals)) {
            decimals += 1
        }
        return String(format: "%.\(decimals)f%%", value * 100)
    }

    /// `2.9 nines`, or `∞` nines for a capability that cannot fail.
    public var ninesText: String { nines.isFinite ? String(format: "%.1f", nines) : "∞" }

    /// `11 h 23 min`, `52 min`, `31 s`, `0 s`; days only past three (`4 d 7 h`).
    public var downtimeText: String { Self.duration(downtimePerYear) }

    public static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        switch s {
        case ..<60: return "\(s) s"
        case ..<3600: return "\(s / 60) min"
        case ..<(3 * 86400): return "\(s / 3600) h \(s % 3600 / 60) min"
        default: return "\(s / 86400) d \(s % 86400 / 3600) h"
        }
    }
}
