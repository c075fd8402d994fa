import ArgumentParser

/// `topograph generate`: Build every artifact topograph.yml names.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Build every artifact topograph.yml names.")

    func run() throws {
        throw CLIError("'topograph generate' is not implemented yet")
    }
}
