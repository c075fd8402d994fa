import Testing
import TopographModel

@testable import TopographModelFiles

/// `availability:` in the file form: loaded, positioned errors, and the shared range/reference check.
@Suite struct AvailabilityLoadingTests {
    let base = "name: m\nzones: [{id: z, kind: dmz}]\ncomponents: [{id: web, kind: webServer, zone: z}]\n"

    @Test func loadsEverySetting() throws {
        let yaml =
            base + """
                availability:
                  targets: {site: 99.95, writes: 99.9}
                  mustSurvive: [site, writes]
                  kinds: {loadBalancer: 99.99, host: 99.5}
                  elements: {web: 100}

                """
        let model = try YAMLModelLoader.load(text: yaml, file: "m.yaml")
        #expect(
            model.availability
                == AvailabilitySettings(
                    targets: AvailabilityTargets(site: 99.95, writes: 99.9), mustSurvive: [.site, .writes],
                    kinds: ["loadBalancer": 99.99, "host": 99.5], elements: ["web": 100]))
    }

    @Test func typeErrorsArePositioned() {
        #expect(
            positions(base + "availability:\n  targets: {site: high}\n  mustSurvive: [site, uptime]\n")
                == [
                    "5:19: expected a number for the site's target, found the text 'high'",
                    "6:23: 'uptime' is not a valid capability; valid values: site, reads, writes, tls, monitoring, data",
                ])
        #expect(positions(base + "availability: {target: {}}\n").first?.hasPrefix("4:16: unknown key 'target'") == true)
    }

    @Test func rangesKindsAndIdsAreCheckedAtTheSettings() {
        #expect(
            positions(base + "availability:\n  targets: {reads: 0}\n  kinds: {vm: 99}\n  elements: {db: 99.9}\n")
                == [
                    "5:3: availability names 'db', which is not a declared zone, host or component",
                    "5:3: availability names kind 'vm', which is no kind of element",
                    "5:3: availability target for reads must be a percentage above 0 and at most 100, found 0.0",
                ])
    }
}
