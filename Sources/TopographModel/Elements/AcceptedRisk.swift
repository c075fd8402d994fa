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
