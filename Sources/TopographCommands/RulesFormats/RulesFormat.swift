import ArgumentParser
import TopographModel

/// The output formats of `topograph rules`; each is a pure function of the catalogue.
public enum RulesFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    case text, markdown, json

    public func render(_ rules: [RuleDescriptor]) -> String {
        switch self {
        case .text: RulesText.render(rules)
        case .markdown: RulesMarkdown.render(rules)
        case .json: JSONOutput.encode(RulesJSON(rules: rules))
        }
    }
}

/// `{"version": 1, "tool": ..., "rules": [...]}`, rules sorted by id.
struct RulesJSON: Encodable {
    var version = 1
    var tool = JSONLintFormat.Tool()
    var rules: [RuleDescriptor]
}

/// Aligned columns: id, default severity, title.
enum RulesText {
    static func render(_ rules: [RuleDescriptor]) -> String {
        guard !rules.isEmpty else { return "No rules.\n" }
        let idWidth = rules.map(\.id.count).max()!
        let lines = rules.map { rule in
            rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                + rule.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + rule.title
        }
        return lines.joined(separator: "\n") + "\n\(rules.count) rule\(rules.count == 1 ? "" : "s").\n"
    }
}
