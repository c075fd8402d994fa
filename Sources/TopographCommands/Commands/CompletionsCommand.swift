import ArgumentParser

/// `topograph completions bash|zsh|fish`: the shell completion script, generated from the command tree.
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print the completion script for bash, zsh or fish.",
        discussion: """
            The script completes commands, options and their values (formats, views, severities) and \
            is generated from the same command tree as --help, so it never lags behind the CLI.

            Examples:
              topograph completions bash > /etc/bash_completion.d/topograph
              topograph completions zsh > "${fpath[1]}/_topograph"
              topograph completions fish > ~/.config/fish/completions/topograph.fish
              source <(topograph completions bash)      # this shell only
            """)

    /// The shells argument-parser generates scripts for.
    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish

        var completionShell: CompletionShell {
            switch self {
            case .bash: .bash
            case .zsh: .zsh
            case .fish: .fish
            }
        }
    }

    @Argument(help: "The shell: bash, zsh or fish.")
    var shell: Shell

    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.write(TopographCommand.completionScript(for: shell.completionShell))
    }
}
