import ArgumentParser

/// The `topograph` command: checked architecture, diagrams and design docs from one model.
public struct TopographCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "topograph",
        abstract: "Validate an infrastructure model, render its diagrams and write its design docs.",
        version: version,
        subcommands: [
            DumpCommand.self, LintCommand.self, RulesCommand.self, RenderCommand.self, DocsCommand.self,
            GenerateCommand.self, CheckCommand.self, InitCommand.self, DiffCommand.self,
        ]
    )

    public init() {}
}
