import Testing
import TopographDSL
import TopographModel

/// `Availability(...)` lowers to the same settings as YAML's `availability:` and gets the same
/// checks (one `AvailabilityCheck` for both), at the line it is written on.
@Suite struct AvailabilityTests {
    @Test func lowersTargetsSurvivalAndOverrides() {
        let design = TopographDSL.Architecture("a") {
            Zone("z", .dmz) { WebServer("web") }
            Availability(site: 99.95, writes: 99.9, mustSurvive: [.site, .writes], kinds: ["host": 99.5], elements: ["web": 99.99])
        }
        #expect(design.diagnostics.isEmpty)
        #expect(
            design.model.availability
                == AvailabilitySettings(
                    targets: AvailabilityTargets(site: 99.95, writes: 99.9), mustSurvive: [.site, .writes], kinds: ["host": 99.5],
                    elements: ["web": 99.99]))
    }

    @Test func badFiguresKindsAndIdsPointAtTheDeclaration() {
        let line = #line + 3
        let design = TopographDSL.Architecture("a") {
            Zone("z", .dmz) { WebServer("web") }
            Availability(site: 120, kinds: ["loadbalancer": 99.9], elements: ["web-9": 0])
        }
        #expect(design.diagnostics.map(\.location?.line) == [line, line, line, line])
        #expect(
            design.diagnostics.map(\.message).sorted() == [
                "availability names 'web-9', which is not a declared zone, host or component",
                "availability names kind 'loadbalancer', which is no kind of element",
                "availability of 'web-9' must be a percentage above 0 and at most 100, found 0.0",
                "availability target for site must be a percentage above 0 and at most 100, found 120.0",
            ])
    }
}
