import ArgumentParser

/// `topograph diff`: Compare two versions of a model.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Compare two versions of a model.")

    func run() throws {
        throw CLIError("'topograph diff' is not implemented yet")
    }
}
