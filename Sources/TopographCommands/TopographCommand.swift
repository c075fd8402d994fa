import ArgumentParser

/// The `topograph` command: checked architecture, diagrams and design docs from one model.
public struct TopographCommand: ParsableCommand {
    /// The one version: `--version`, the man page, SARIF, the plugin (it runs this binary) and the
    /// release tarball read it; the pinned versions in README.md and docs/ci.md are tested against it.
    public static let version = "0.2.0"

    public static let configuration = CommandConfiguration(
        commandName: "topograph",
        abstract: "Validate an infrastructure model, render its diagrams and write its design docs.",
        version: version,
        subcommands: [
            DumpCommand.self, LintCommand.self, RulesCommand.self, RenderCommand.self, DocsCommand.self,
            GenerateCommand.self, CheckCommand.self, InitCommand.self, DiffCommand.self, WhatIfCommand.self,
            WatchCommand.self, ServeCommand.self, CompletionsCommand.self, ManualCommand.self,
        ]
    )

    public init() {}
}
