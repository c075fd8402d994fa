import Testing

@testable import TopographModel

/// `Component` keeps its fields in a shared box; it must still behave as a plain value.
@Suite struct ComponentValueTests {
    static let web = Component(id: "web", spec: .webServer, host: "h1", ports: [80])

    @Test func aChangedCopyLeavesTheOriginalAlone() {
        var copy = Self.web
        copy.ports.append(443)
        copy.host = "h2"
        copy.spec = .database(DatabaseSpec())
        #expect(Self.web.ports == [80] && Self.web.host == "h1" && Self.web.kind == .webServer)
        #expect(copy.ports == [80, 443] && copy.host == "h2" && copy.kind == .database)
    }

    @Test func equalFieldsInSeparateBoxesAreEqualAndHashAlike() {
        let twin = Component(id: "web", spec: .webServer, host: "h1", ports: [80])
        #expect(twin == Self.web)
        #expect(twin.hashValue == Self.web.hashValue)
        #expect(Set([twin, Self.web]).count == 1)
        var other = twin
        other.description = "differs"
        #expect(other != Self.web)
    }
}
