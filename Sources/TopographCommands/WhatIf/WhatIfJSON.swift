import TopographFailure
import TopographModel

/// `whatif --format json`: `{"version": 1, "model", "availability", "improvements", "scenarios",
/// "doubleFailures", "violations"}` with sorted keys; fields are only added within a version.
enum WhatIfJSON {
    struct Document: Encodable {
        let version = 1
        let model: String
        let availability: [Figure]
        let improvements: [Change]
        let scenarios: [Scenario]
        let doubleFailures: Doubles?
        let violations: [Violation]
    }

    struct Figure: Encodable {
        let capability: String, availability: Double, percent: String, nines: Double?, downtimeSecondsPerYear: Double
    }

    struct Change: Encodable { let capability: String, change: String, before: Double, after: Double }

    struct Scenario: Encodable {
        let failed: [String]
        /// Every element this scenario stands for on identical servers (itself included).
        let alike: [String]?
        let headline: String
        let impacts: [Impact]
    }

    struct Impact: Encodable {
        let capability: String, level: String, summary: String, elements: [String]
        let working: Int?, total: Int?
    }

    struct Doubles: Encodable { let pairsTried: Int, siteDown: [[String]], writesDown: [[String]] }

    struct Violation: Encodable { let failed: [String], capability: String, summary: String }

    static func render(_ report: WhatIfReport) -> String {
        let a = report.analysis
        let document = Document(
            model: a.architecture.name,
            availability: a.availability.map {
                Figure(
                    capability: $0.capability.rawValue, availability: $0.value, percent: $0.percent,
                    nines: $0.nines.isFinite ? $0.nines : nil, downtimeSecondsPerYear: $0.downtimePerYear)
            },
            improvements: [Capability.site, .reads, .writes].compactMap { c in
                a.improvements[c].map { Change(capability: c.rawValue, change: $0.description, before: $0.before, after: $0.after) }
            },
            scenarios: report.scenarios.map(scenario),
            doubleFailures: report.isChosen
                ? nil
                : a.doubles.map {
                    Doubles(pairsTried: $0.pairsTried, siteDown: $0.siteDown.map(strings), writesDown: $0.writesDown.map(strings))
                },
            violations: report.violations.map {
                Violation(
                    failed: strings($0.scenario.scenario.failed), capability: $0.impact.capability.rawValue, summary: $0.impact.summary)
            })
        return JSONOutput.encode(document)
    }

    static func scenario(_ s: ScenarioImpact) -> Scenario {
        Scenario(
            failed: strings(s.scenario.failed), alike: s.scenario.alike.isEmpty ? nil : strings(s.scenario.alike), headline: s.headline,
            impacts: s.impacts.map {
                Impact(
                    capability: $0.capability.rawValue, level: $0.level.rawValue, summary: $0.summary, elements: strings($0.elements),
                    working: $0.capacity?.working, total: $0.capacity?.total)
            })
    }

    private static func strings(_ ids: [ElementID]) -> [String] { ids.map(\.rawValue) }
}
