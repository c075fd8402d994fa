import TopographModel

/// JUnit XML for CI test reports: one suite per rule category, one test case per rule and element.
///
/// A rule without findings is one passing case; failing findings are `<failure>`s; accepted and
/// baselined ones are `<skipped>`; active findings below the threshold pass with their text in
/// `<system-out>`, since they do not fail the run.
enum JUnitLintFormat {
    /// One test case: a rule, and the element (or elements) its findings are about.
    struct Case {
        var rule: String
        var name: String
        var file: String?
        var line: Int?
        var findings: [ReportedFinding]
    }

    static func render(_ report: LintReport) -> String {
        let rules = report.reportedRules
        let categories = Set(rules.map(\.category)).sorted()
        let suites = categories.map { category in
            rules.filter { $0.category == category }.flatMap { cases(for: $0, in: report) }
        }
        let all = suites.flatMap { $0 }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"topograph lint\"" + counts(all, report) + ">\n"
        for (category, cases) in zip(categories, suites) {
            xml += "  <testsuite name=\"\(Escape.xml(category))\"" + counts(cases, report) + ">\n"
            xml += cases.map { testcase($0, report) }.joined()
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    /// The rule's findings grouped by model and elements, in report order; one passing case if none.
    static func cases(for rule: RuleDescriptor, in report: LintReport) -> [Case] {
        let findings = report.findings.filter { $0.finding.ruleID == rule.id }
        guard !findings.isEmpty else { return [Case(rule: rule.id, name: "no findings", findings: [])] }
        var order: [String] = []
        var groups: [String: [ReportedFinding]] = [:]
        for reported in findings {
            var name = reported.finding.elements.map(\.rawValue).joined(separator: ", ")
            if name.isEmpty { name = "architecture" }
            if report.models.count > 1 { name += " (\(reported.model))" }
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(reported)
        }
        return order.map { name in
            let first = groups[name]![0]
            return Case(rule: rule.id, name: name, file: first.file, line: first.line, findings: groups[name]!)
        }
    }

    static func isFailure(_ c: Case, _ report: LintReport) -> Bool { c.findings.contains(where: \.fails) }

    static func isSkipped(_ c: Case, _ report: LintReport) -> Bool {
        !c.findings.isEmpty && c.findings.allSatisfy { $0.status != .active }
    }

    static func counts(_ cases: [Case], _ report: LintReport) -> String {
        let failures = cases.filter { isFailure($0, report) }.count
        let skipped = cases.filter { isSkipped($0, report) }.count
        return " tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
    }

    static func testcase(_ c: Case, _ report: LintReport) -> String {
        var attributes = "classname=\"\(Escape.xml(c.rule))\" name=\"\(Escape.xml(c.name))\""
        if let file = c.file { attributes += " file=\"\(Escape.xml(file))\"" }
        if let line = c.line { attributes += " line=\"\(line)\"" }
        guard !c.findings.isEmpty else { return "    <testcase \(attributes)/>\n" }
        let body = details(c.findings)
        var xml = "    <testcase \(attributes)>\n"
        if isFailure(c, report) {
            let failing = c.findings.filter(\.fails)
            let message = failing.map(\.finding.message).joined(separator: "; ")
            let type = failing.map(\.finding.severity).max()!.rawValue
            xml += "      <failure message=\"\(Escape.xml(message))\" type=\"\(type)\">\(Escape.xml(body))</failure>\n"
        } else if isSkipped(c, report) {
            xml += "      <skipped message=\"\(Escape.xml(skipReason(c.findings)))\"/>\n"
            xml += "      <system-out>\(Escape.xml(body))</system-out>\n"
        } else {
            xml += "      <system-out>\(Escape.xml(body))</system-out>\n"
        }
        return xml + "    </testcase>\n"
    }

    static func skipReason(_ findings: [ReportedFinding]) -> String {
        findings.map { reported in
            switch reported.status {
            case .accepted: "accepted: " + (reported.finding.acceptance?.risk.reason ?? "")
            case .baselined: "baselined"
            case .active: "active"
            }
        }.joined(separator: "; ")
    }

    /// Plain text of every finding in the case: position, severity, message, evidence, fix.
    static func details(_ findings: [ReportedFinding]) -> String {
        findings.map { reported in
            let finding = reported.finding
            var lines = ["\(reported.position): \(finding.severity.rawValue)[\(finding.ruleID)]: \(finding.message)"]
            lines += finding.evidence.map { "  evidence: " + $0 }
            if !finding.recommendation.isEmpty { lines.append("  fix: " + finding.recommendation) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
