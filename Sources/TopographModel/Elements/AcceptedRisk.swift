/// A finding the team has decided to live with: by rule id, on one element or the whole design.
public struct AcceptedRisk: Hashable, Sendable, Codable {
    public var rule: String
    /// The element it applies to; nil for the whole architecture.
    public var element: ElementID?
    public var reason: String
    /// Last day the acceptance holds, `YYYY-MM-DD`; after it the finding fails the run again.
    public var expires: String?

    public init(rule: String, element: ElementID? = nil, reason: String, expires: String? = nil) {
        self.rule = rule
        self.element = element
        self.reason = reason
        self.expires = expires
    }

    /// Whether the acceptance still holds on `today` (`YYYY-MM-DD`, compared as text: ISO dates sort).
    public func isActive(on today: String) -> Bool {
        guard let expires else { return true }
        return today <= expires
    }
}

/// Dates in models and on the command line: `YYYY-MM-DD`, compared as text.
public enum ISODate {
    /// Whether `text` is a real calendar date written `YYYY-MM-DD`.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }
}
