import ArgumentParser

/// `topograph render`: Render diagrams: DOT, SVG, PNG, PDF.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Render diagrams: DOT, SVG, PNG, PDF.")

    func run() throws {
        throw CLIError("'topograph render' is not implemented yet")
    }
}
