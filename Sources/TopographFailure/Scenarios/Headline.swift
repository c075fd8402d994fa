import TopographModel

extension ScenarioImpact {
    /// The scenario's effect in one phrase, for tables and summaries: its worst outage, else what
    /// is degraded, e.g. "takes the site down", "stops every write until a person promotes db-2 or
    /// db-3 (no automatic failover declared)", "degrades capacity only".
    public var headline: String {
        var parts: [String] = []
        if let main = outagePhrase {
            parts.append(main)
        } else {
            let degraded = impacts.filter { $0.level == .degraded }.map(\.capability)
            let capacity = degraded.filter { $0 <= .writes }
            let coverage = degraded.filter { $0 > .writes }
            if let site = impact(on: .site), site.level == .degraded, let c = site.capacity, c.working == c.total {
                parts.append("the site runs without \(Words.list(site.elements)), slower")
            } else if let site = impact(on: .site), site.level == .degraded, site.capacity == nil {
                parts.append("the requests that need \(Words.list(site.elements)) fail")
            } else if !capacity.isEmpty {
                parts.append("degrades capacity only")
            }
            if coverage.contains(.tls) { parts.append("loses a TLS entry point") }
            if let monitoring = impact(on: .monitoring), monitoring.level == .degraded { parts.append("monitoring: \(monitoring.summary)") }
        }
        if impact(on: .data)?.level == .atRisk { parts.append("the last transactions may be lost") }
        return parts.isEmpty ? "no effect" : parts.joined(separator: "; ")
    }

    /// The phrase for the capabilities that stop, most important first, if any. Reads and writes
    /// stopping together are both said: naming only the writes would hide a read outage.
    private var outagePhrase: String? {
        if impact(on: .site)?.level == .down { return "takes the site down" }
        let readsDown = impact(on: .reads)?.level == .down
        if let writes = impact(on: .writes), writes.level >= .interrupted {
            let phrase = writes.level == .interrupted ? "interrupts writes for the failover window" : writes.summary
            return readsDown ? "stops every read, and \(phrase)" : phrase
        }
        if readsDown { return "stops every read" }
        if impact(on: .tls)?.level == .down { return "leaves users' TLS terminating nowhere" }
        if let monitoring = impact(on: .monitoring), monitoring.level == .down { return "monitoring: \(monitoring.summary)" }
        return nil
    }
}
