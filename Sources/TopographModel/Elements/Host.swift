/// A machine (physical, virtual or container host) that runs components.
public struct Host: Hashable, Sendable, Codable, Identifiable {
    public var id: ElementID
    public var name: String?
    /// The zone the host sits in.
    public var zone: ElementID?
    public var description: String?

    public init(id: ElementID, name: String? = nil, zone: ElementID? = nil, description: String? = nil) {
        self.id = id
        self.name = name
        self.zone = zone
        self.description = description
    }

    public var displayName: String { name ?? id.rawValue }
}
