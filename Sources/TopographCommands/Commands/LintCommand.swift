import ArgumentParser

/// `topograph lint`: Check a model against the rule catalogue.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Check a model against the rule catalogue.")

    func run() throws {
        throw CLIError("'topograph lint' is not implemented yet")
    }
}
