import ArgumentParser
import TopographValidation

/// `topograph rules`: print the rule catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Print the rule catalogue (docs/rules.md is its Markdown form).")

    @Option(help: "Output format.")
    var format: RulesFormat = .text

    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.write(format.render(Validator.catalogue))
    }
}
