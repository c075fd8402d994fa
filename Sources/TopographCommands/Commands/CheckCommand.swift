import ArgumentParser

/// `topograph check`: Lint and verify generated artifacts are fresh; writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Lint and verify generated artifacts are fresh; writes nothing.")

    func run() throws {
        throw CLIError("'topograph check' is not implemented yet")
    }
}
