import TopographFailure
import TopographModel

/// The availability the structure gives the site, reads or writes is below the model's target.
struct TargetMissed: Rule {
    let descriptor = RuleDescriptor(
        id: "availability.target-missed", category: "availability", defaultSeverity: .error,
        title: "Availability below the design's target",
        rationale: """
            The model promises an availability (its `availability` targets) that its own structure cannot \
            give: computed exactly from every element's availability and what each capability needs, the \
            figure is lower. A target the design misses on paper is missed in production, before any \
            deploy, bug or operator error.
            """,
        recommendation:
            "Add redundancy where a single element takes the capability down (the change named raises the figure most), or lower the target to what the design can give.",
        references: [
            "Google SRE book, 'Embracing Risk': https://sre.google/sre-book/embracing-risk/",
            "`topograph whatif` prints every failure and the figures.",
        ])

    func check(_ context: ValidationContext) -> [Finding] {
        guard let targets = context.architecture.availability?.targets, targets != AvailabilityTargets() else { return [] }
        let analysis = context.failureAnalysis
        return analysis.availability.compactMap { figure -> Finding? in
            guard let target = targets.target(for: figure.capability), figure.value * 100 < target - 1e-9 else { return nil }
            let capability = figure.capability
            let breakers = analysis.singles.filter { single in
                single.impacts.contains { $0.capability == capability && $0.level == .down }
            }.map { $0.scenario.failed[0] }
            var evidence = [
                "\(capability.title): \(figure.percent) computed (\(figure.downtimeText) down a year), target \(AvailabilityFigure.percent(target / 100))"
            ]
            if !breakers.isEmpty { evidence.append("single failures that take it down: \(ValidationContext.list(breakers))") }
            let improvement = analysis.improvements[capability]
            let fix =
                improvement.map { i in
                    "The change that raises it most: \(i.description) (\(AvailabilityFigure.percent(i.before)) → \(AvailabilityFigure.percent(i.after)))\(i.after * 100 < target ? "; more is needed to reach the target" : "")."
                } ?? descriptor.recommendation
            return Finding(
                ruleID: descriptor.id, severity: descriptor.defaultSeverity,
                message:
                    "The \(capability.title) can promise \(figure.percent), below its target of \(AvailabilityFigure.percent(target / 100))",
                elements: breakers, evidence: evidence, recommendation: fix,
                location: context.architecture.sources[AvailabilitySettings.sourceKey])
        }
    }
}
