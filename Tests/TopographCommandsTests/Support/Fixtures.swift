import TopographModel

@testable import TopographCommands

/// Hand-made findings with awkward strings: quotes, markup, newlines, unicode, `%`, colons,
/// terminal escapes and workflow-command syntax, from two models.
enum Fixtures {
    static let workingDirectory = "/work/project"

    static let rules: [RuleDescriptor] = [
        RuleDescriptor(
            id: "availability.single-point-of-failure", category: "availability", defaultSeverity: .warning,
            title: "Single point of failure on the user path",
            rationale: "When it fails, users see an outage.", recommendation: "Add a second instance."),
        RuleDescriptor(
            id: "firewall.database-port-exposed", category: "firewall", defaultSeverity: .error,
            title: "Database port reachable from the internet",
            rationale: "Databases are probed constantly.", recommendation: "Allow 3306 from the app tier only.",
            references: ["CWE-284"]),
        RuleDescriptor(
            id: "hygiene.unused-certificate", category: "hygiene", defaultSeverity: .note,
            title: "Certificate installed nowhere", rationale: "Dead config confuses reviews.",
            recommendation: "Remove it."),
        RuleDescriptor(
            id: "monitoring.host-without-agent", category: "monitoring", defaultSeverity: .warning,
            title: "Host without a monitoring agent", rationale: "Failures go unnoticed.",
            recommendation: "Install an agent."),
        RuleDescriptor(
            id: "monitoring.platform-unreachable", category: "monitoring", defaultSeverity: .warning,
            title: "Agent cannot reach its platform", rationale: "Metrics never arrive.",
            recommendation: "Open egress 443 to the platform."),
        RuleDescriptor(
            id: "tls.plaintext-after-termination", category: "tls", defaultSeverity: .error,
            title: "Traffic travels in plaintext after TLS termination",
            rationale: "Anyone on the internal network can read | alter it.",
            recommendation: "Re-encrypt to the backends.", references: ["CWE-319", "https://owasp.org/Top10/A02_2021"]),
    ]

    static let plaintext = Finding(
        ruleID: "tls.plaintext-after-termination", severity: .error,
        message: "lb \"edge\" forwards <decrypted> traffic & cookies to web-1 over http",
        elements: ["lb", "web-1"],
        evidence: ["user -> lb (https, TLS ends at lb)", "lb -> web-1 (http: 100% plaintext, port 80)"],
        recommendation: "Re-encrypt:\nuse https from lb to web-1, or pass TLS through",
        location: SourceLocation(file: "/work/project/models/shop.yaml", line: 12, column: 5))

    static let spof = Finding(
        ruleID: "availability.single-point-of-failure", severity: .warning,
        message: "Only one load balancer — “lb” ✓ carries every request, 50% of nothing",
        elements: ["lb"], evidence: ["user -> lb -> web-1"], recommendation: "Add lb-2, active/passive with a VIP",
        location: SourceLocation(file: "models/shop.yaml", line: 30, column: 3))

    static let accepted = Finding(
        ruleID: "monitoring.host-without-agent", severity: .warning,
        message: "db-1 has no monitoring agent", elements: ["db-1"], recommendation: "Install an agent on db-1",
        location: SourceLocation(file: "models/shop.yaml", line: 44, column: 7),
        acceptance: Acceptance(
            risk: AcceptedRisk(
                rule: "monitoring.host-without-agent", element: "db-1",
                reason: "Legacy box, retired in Q3: see TICKET-1, \"soon\" <promise>", expires: "2026-12-31"),
            isExpired: false))

    static let expired = Finding(
        ruleID: "firewall.database-port-exposed", severity: .error,
        message: "db-1 accepts 3306 from the internet", elements: ["db-1", "internet"],
        evidence: ["internet -> edge-firewall (allow any) -> db-1:3306"],
        recommendation: "Allow 3306 from the app tier only",
        location: SourceLocation(file: "./models/shop.yaml", line: 44, column: 7),
        acceptance: Acceptance(
            risk: AcceptedRisk(
                rule: "firewall.database-port-exposed", element: "db-1", reason: "Temporary, for the migration", expires: "2024-01-31"),
            isExpired: true))

    static let injected = Finding(
        ruleID: "data.async-replication", severity: .note,
        message: "\u{1B}[31mred\u{7} replication%0A window\n::error::injected, a:b",
        elements: [], evidence: ["tab\there", "bell\u{7}"], recommendation: "Consider semi-sync replication")

    static let baselined = Finding(
        ruleID: "hygiene.unused-certificate", severity: .warning,
        message: "old-cert is installed nowhere", elements: ["old-cert"], recommendation: "Remove old-cert",
        location: SourceLocation(file: "models/shop.yaml", line: 60, column: 3))

    static let baseline = Baseline(fingerprints: [baselined.fingerprint, "gone|finding"])

    /// The mixed report every format golden is made from.
    static func report(threshold: Severity = .warning, baseline: Baseline? = Fixtures.baseline) -> LintReport {
        LintReport(
            results: [
                (model: "/work/project/models/shop.yaml", findings: [plaintext, expired, spof, accepted, baselined]),
                (model: "models/other team's.yaml", findings: [injected]),
            ],
            rules: rules, threshold: threshold, baseline: baseline, workingDirectory: workingDirectory)
    }

    /// A report with findings at only the given severities, none accepted.
    static func report(severities: [Severity], threshold: Severity) -> LintReport {
        let findings = severities.enumerated().map { index, severity in
            Finding(ruleID: "test.rule-\(index)", severity: severity, message: "m", elements: [ElementID("e\(index)")], recommendation: "r")
        }
        return LintReport(
            results: [(model: "m.yaml", findings: findings)], rules: [], threshold: threshold, workingDirectory: "/")
    }
}
