import ArgumentParser
import TopographValidation

/// `topograph rules`: print the rule catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Print the rule catalogue (docs/rules.md is its Markdown form).")

    @Option(help: "Output format.")
    var format: RulesFormat = .text

    func run() throws {
        print(format.render(Validator.catalogue), terminator: "")
    }
}
