import Testing
import TopographModel

@testable import TopographValidation

@Suite struct EngineTests {
    @Test func catalogueIsSortedUniqueAndComplete() {
        let catalogue = Validator.catalogue
        #expect(catalogue.count >= 30)
        #expect(catalogue.map(\.id) == catalogue.map(\.id).sorted())
        #expect(Set(catalogue.map(\.id)).count == catalogue.count)
        let categories: Set<String> = ["tls", "data", "firewall", "availability", "monitoring", "shared-fate", "hygiene"]
        #expect(Set(catalogue.map(\.category)) == categories)
        for rule in catalogue {
            #expect(rule.id.hasPrefix(rule.category + "."), "\(rule.id)")
            #expect(!rule.title.isEmpty && !rule.rationale.isEmpty && !rule.recommendation.isEmpty, "\(rule.id)")
            #expect(!rule.recommendation.lowercased().contains("offload"), "\(rule.id)")
        }
        #expect(catalogue.first { $0.id == "tls.plaintext-after-termination" }?.references.contains("CWE-319") == true)
    }

    @Test func findingsAreSortedBySeverityThenLocation() {
        let findings = Validator.validate(ReferenceModels.securedAndMonitored(), today: "2026-01-01")
        #expect(findings == FindingOrder.sorted(findings.reversed()))
        let ranks = findings.map(\.severity.rank)
        #expect(ranks == ranks.sorted(by: >))
        for (a, b) in zip(findings, findings.dropFirst()) where a.severity == b.severity {
            #expect((a.location ?? SourceLocation(file: "", line: 0)) <= (b.location ?? SourceLocation(file: "", line: 0)))
        }
    }

    @Test func validationIsDeterministic() {
        let model = ReferenceModels.securedAndMonitored()
        let first = Validator.validate(model, today: "2026-01-01")
        for _ in 0..<5 { #expect(Validator.validate(model, today: "2026-01-01") == first) }
        // Rebuilding the model (fresh dictionaries, fresh hash seeds per process) changes nothing.
        #expect(Validator.validate(ReferenceModels.securedAndMonitored(), today: "2026-01-01") == first)
    }

    @Test func findingsPointAtTheElementToChange() {
        let model = ReferenceModels.securedAndMonitored()
        for f in Validator.validate(model, today: "2026-01-01") {
            #expect(f.location != nil, "\(f.ruleID)")
            #expect(f.location == model.sources[f.elements[0]], "\(f.ruleID)")
        }
    }

    @Test func emptyModelValidates() {
        #expect(Validator.validate(Architecture(name: "empty"), today: "2026-01-01").isEmpty)
    }

    @Test func danglingReferencesDoNotCrash() {
        let model = Architecture(
            name: "broken", hosts: [Host(id: "h", zone: "nowhere")],
            components: [
                .lb(
                    "lb", backends: ["ghost"], mode: .activeActive, cluster: ["phantom"],
                    tls: TLSEndpoint(mode: .terminate, certificate: "nocert")),
                .db("db", host: "missing-host", role: .replica, from: "missing-db"),
                .dns("dns", "x.example", ["void"]),
            ],
            flows: [flow("a", "b", "http"), flow("lb", "ghost", "https")])
        _ = Validator.validate(model.located(), today: "2026-01-01")
    }
}
