import TopographModel

extension ScenarioAnalyzer.State {
    /// TLS: users' TLS ends on a working terminator; certificate holders lost are named.
    func tls() -> CapabilityImpact? {
        let terminators = analyzer.userTerminators
        guard !terminators.isEmpty else { return nil }
        let working = terminators.filter(isReached)
        let lostHolders = analyzer.index.architecture.certificates.flatMap { cert in
            cert.installedOn.filter { analyzer.index.components[$0] != nil && isDown($0) }.map { "\($0) (\(cert.id))" }
        }
        let holders =
            lostHolders.isEmpty ? "" : "certificate holder\(lostHolders.count == 1 ? "" : "s") \(Words.list(lostHolders, limit: 4)) lost; "
        if working.isEmpty {
            return CapabilityImpact(
                .tls, .down, "\(holders)users' TLS terminates nowhere (\(Words.list(terminators)) unreachable)", elements: terminators)
        }
        // A lost holder users' TLS does not end on (a backend with a copy) costs nothing now.
        let level: ImpactLevel = working.count < terminators.count ? .degraded : .ok
        let lost = terminators.filter { !working.contains($0) }
        return CapabilityImpact(.tls, level, "\(holders)users' TLS terminates on \(Words.list(working, limit: 4))", elements: lost)
    }

    /// Monitoring: working hosts whose every agent, or every platform of their agents, is lost.
    func monitoring() -> CapabilityImpact? {
        let watched = analyzer.agentsByHost
        guard !watched.isEmpty else { return nil }
        let up = watched.filter { !isDown($0.0) }
        let blind = up.filter { _, agents in
            !agents.contains { agent in !isDown(agent) && (analyzer.platformsOf[agent] ?? []).contains { !isDown($0) } }
        }.map(\.0)
        let blindSet = Set(blind)
        let lostPlatforms = Words.unique(analyzer.platformsOf.values.flatMap { $0 }.filter(isDown)).sorted()
        let lostAgents = up.filter { blindSet.contains($0.0) }.flatMap(\.1).filter(isDown)
        let lost = lostPlatforms + lostAgents
        let cause = lost.isEmpty ? "" : " (\(Words.list(lost)) lost)"
        if blind.isEmpty { return CapabilityImpact(.monitoring, .ok, "every working host still reports") }
        if blind.count == up.count {
            return CapabilityImpact(.monitoring, .down, "every host goes blind\(cause)", elements: blind)
        }
        let verb = blind.count == 1 ? "goes" : "go"
        return CapabilityImpact(.monitoring, .degraded, "\(Words.list(blind, limit: 4)) \(verb) blind\(cause)", elements: blind)
    }
}
