import ArgumentParser

/// `topograph rules`: Print the rule catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "Print the rule catalogue.")

    func run() throws {
        throw CLIError("'topograph rules' is not implemented yet")
    }
}
