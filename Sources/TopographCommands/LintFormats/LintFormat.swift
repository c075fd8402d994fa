import ArgumentParser

/// The output formats of `topograph lint`; each is a pure function of the report.
public enum LintFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    case text, json, sarif, junit, github

    /// The report in this format. `colored` only affects `text`.
    public func render(_ report: LintReport, colored: Bool = false) -> String {
        switch self {
        case .text: TextLintFormat.render(report, colored: colored)
        case .json: JSONLintFormat.render(report)
        case .sarif: SARIFLintFormat.render(report)
        case .junit: JUnitLintFormat.render(report)
        case .github: GitHubLintFormat.render(report)
        }
    }
}

/// When the text report uses ANSI colour.
public enum ColorMode: String, CaseIterable, Sendable, ExpressibleByArgument {
    case auto, always, never

    /// `auto` colours only a terminal, and only when `NO_COLOR` is unset or empty (no-color.org).
    public func isEnabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
