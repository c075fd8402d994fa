import ArgumentParser

/// `topograph init`: Write a starter topograph.yml and model.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a starter topograph.yml and model.")

    func run() throws {
        throw CLIError("'topograph init' is not implemented yet")
    }
}
