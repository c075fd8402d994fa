import TopographFailure
import TopographModel

/// A single failure breaks a capability the model says must survive any single failure.
struct SingleFailureBreaksRequired: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.single-failure-breaks-required", category: "availability", defaultSeverity: .error,
        title: "A single failure breaks a capability that must survive",
        rationale: """
            The model lists capabilities (`availability.mustSurvive`) that no single failure may break, \
            yet losing this element alone does: the site or the writes stop, TLS terminates nowhere, a \
            host goes blind, or committed data may be lost. The promise is written down, so the design \
            is checked against it on every change.
            """,
        recommendation:
            "Give the element a redundant twin (a second instance, a standby with automatic failover, synchronous replication for data), or drop the capability from mustSurvive if losing it is acceptable.",
        references: [
            "AWS Well-Architected, Reliability pillar (REL10, fault isolation): https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/welcome.html",
            "`topograph whatif --fail ID` shows one scenario in full.",
        ])

    func check(_ context: ValidationContext) -> [Finding] {
        guard let required = context.architecture.availability?.mustSurvive, !required.isEmpty else { return [] }
        return context.failureAnalysis.survivalViolations().map { scenario, impact in
            let failed = scenario.scenario.failed[0]
            let alike = scenario.scenario.count > 1 ? " (and each of its \(scenario.scenario.count - 1) counterparts)" : ""
            return finding(
                context,
                "Losing \(failed)\(alike) breaks \(impact.capability == .site ? "the site" : impact.capability.title), which the design requires to survive any single failure",
                elements: [failed], evidence: ["\(impact.capability.title) if \(failed) fails: \(impact.summary)"],
                recommendation: remedy(for: impact.capability, failed))
        }
    }

    private func remedy(for capability: Capability, _ failed: ElementID) -> String {
        switch capability {
        case .site, .reads, .tls:
            "Run a second instance of \(failed) in its own failure domain (behind the load balancer, or as an active-passive pair with a virtual IP)."
        case .writes:
            "Give \(failed)'s data a replica with automatic failover (e.g. Patroni, Orchestrator, a managed database's multi-AZ standby), so writes resume without a person."
        case .monitoring:
            "Run a second agent path or platform for the hosts \(failed) watches, or alert on missing telemetry from outside the design."
        case .data:
            "Replicate \(failed) synchronously (or semi-synchronously) so a commit is on two machines before it is acknowledged."
        }
    }
}
