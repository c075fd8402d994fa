import ArgumentParser

/// `topograph docs`: Write the design document (Markdown or HTML).
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "docs", abstract: "Write the design document (Markdown or HTML).")

    func run() throws {
        throw CLIError("'topograph docs' is not implemented yet")
    }
}
