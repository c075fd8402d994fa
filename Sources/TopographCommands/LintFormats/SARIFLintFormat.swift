import TopographModel

/// SARIF 2.1.0 for code-scanning services: rule metadata from the catalogue, results located on the
/// model's lines (paths relative to `%SRCROOT%`), accepted findings as external suppressions.
enum SARIFLintFormat {
    /// The key of Topograph's own fingerprint in `partialFingerprints`.
    static let fingerprintKey = "topographFingerprint/v1"

    static func render(_ report: LintReport) -> String {
        let rules = report.reportedRules
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let driver = SARIF.Driver(
            name: ToolInfo.name, version: ToolInfo.version, semanticVersion: ToolInfo.version,
            informationUri: ToolInfo.informationURI, rules: rules.map(rule))
        let results = report.findings.map { result($0, ruleIndex: index[$0.finding.ruleID]!, report: report) }
        return JSONOutput.encode(SARIF.Log(runs: [SARIF.Run(tool: SARIF.Tool(driver: driver), results: results)]))
    }

    static func rule(_ descriptor: RuleDescriptor) -> SARIF.Rule {
        SARIF.Rule(
            id: descriptor.id, name: name(of: descriptor.id),
            shortDescription: SARIF.Text(text: descriptor.title),
            fullDescription: SARIF.Text(text: descriptor.rationale.isEmpty ? descriptor.title : descriptor.rationale),
            help: SARIF.Help(text: helpText(descriptor), markdown: helpMarkdown(descriptor)),
            defaultConfiguration: SARIF.Configuration(level: level(descriptor.defaultSeverity)),
            properties: SARIF.RuleProperties(tags: tags(descriptor)))
    }

    /// `tls.plaintext-after-termination` -> `TlsPlaintextAfterTermination`: SARIF wants a name
    /// distinct from the id and readable.
    static func name(of id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func helpText(_ rule: RuleDescriptor) -> String {
        var parts = [rule.title]
        if !rule.rationale.isEmpty { parts.append("Why: " + rule.rationale) }
        if !rule.recommendation.isEmpty { parts.append("Fix: " + rule.recommendation) }
        if !rule.references.isEmpty { parts.append("References: " + rule.references.joined(separator: ", ")) }
        return parts.joined(separator: "\n\n")
    }

    static func helpMarkdown(_ rule: RuleDescriptor) -> String {
        var parts = ["**" + Escape.markdown(rule.title) + "**"]
        if !rule.rationale.isEmpty { parts.append("**Why:** " + Escape.markdown(rule.rationale)) }
        if !rule.recommendation.isEmpty { parts.append("**Fix:** " + Escape.markdown(rule.recommendation)) }
        if !rule.references.isEmpty {
            parts.append("**References:** " + rule.references.map(Escape.markdown).joined(separator: ", "))
        }
        return parts.joined(separator: "\n\n")
    }

    /// The category, plus `external/cwe/cwe-N` for CWE references (GitHub shows those), sorted, unique.
    static func tags(_ rule: RuleDescriptor) -> [String] {
        let cwe = rule.references.compactMap { reference -> String? in
            let upper = reference.uppercased()
            guard upper.hasPrefix("CWE-"), Int(upper.dropFirst(4)) != nil else { return nil }
            return "external/cwe/" + reference.lowercased()
        }
        return Set([rule.category] + cwe).sorted()
    }

    static func level(_ severity: Severity) -> String { severity.rawValue }

    static func result(_ reported: ReportedFinding, ruleIndex: Int, report: LintReport) -> SARIF.Result {
        let finding = reported.finding
        let risk = finding.acceptance?.risk
        return SARIF.Result(
            ruleId: finding.ruleID, ruleIndex: ruleIndex, level: level(finding.severity),
            message: SARIF.Text(text: message(finding)),
            locations: [location(reported)],
            partialFingerprints: [fingerprintKey: finding.fingerprint],
            suppressions: reported.status == .accepted
                ? [SARIF.Suppression(kind: "external", status: "accepted", justification: risk?.reason ?? "")] : nil,
            baselineState: report.usedBaseline ? (reported.status == .baselined ? "unchanged" : "new") : nil,
            properties: reported.expiredAcceptance.map {
                SARIF.ResultProperties(acceptanceExpired: $0.expires, acceptanceReason: $0.reason)
            })
    }

    /// The message, the evidence and the fix: code-scanning UIs show only the message.
    static func message(_ finding: Finding) -> String {
        var text = finding.message
        if !finding.evidence.isEmpty {
            text += "\nEvidence:\n" + finding.evidence.map { "- " + $0 }.joined(separator: "\n")
        }
        if !finding.recommendation.isEmpty { text += "\nFix: " + finding.recommendation }
        return text
    }

    static func location(_ reported: ReportedFinding) -> SARIF.Location {
        let absolute = reported.file.hasPrefix("/")
        let artifact = SARIF.ArtifactLocation(
            uri: ReportPaths.uri(reported.file), uriBaseId: absolute ? nil : "%SRCROOT%")
        let region = reported.line.map { SARIF.Region(startLine: max($0, 1), startColumn: reported.column.map { max($0, 1) }) }
        let logical = reported.finding.elements.map {
            SARIF.LogicalLocation(name: $0.rawValue, fullyQualifiedName: $0.rawValue, kind: "resource")
        }
        return SARIF.Location(
            physicalLocation: SARIF.PhysicalLocation(artifactLocation: artifact, region: region),
            logicalLocations: logical.isEmpty ? nil : uniqued(logical))
    }

    /// SARIF requires logical locations to be unique; a finding may name an element twice.
    static func uniqued(_ locations: [SARIF.LogicalLocation]) -> [SARIF.LogicalLocation] {
        var seen = Set<String>()
        return locations.filter { seen.insert($0.name).inserted }
    }
}
