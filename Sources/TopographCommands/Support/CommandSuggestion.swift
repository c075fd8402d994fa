import ArgumentParser
import TopographModelFiles

/// "Did you mean" for a mistyped subcommand (`topograph lnt`), which argument-parser only reports
/// as an unexpected argument. Options already get its own suggestions (`--frmat` -> `--format`).
enum CommandSuggestion {
    /// The message for an unknown first word, or nil when the word is a command, an option or absent.
    static func unknownSubcommand(in arguments: [String], root: ParsableCommand.Type = TopographCommand.self) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-") else { return nil }
        let names = commandNames(of: root)
        guard !names.contains(word) else { return nil }
        let visible = root.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map(commandName)
        let commandLine = root.configuration.commandName ?? "topograph"
        var message = "error: unknown command '\(word)'"
        if let guess = Suggestion.closest(to: word, in: visible) { message += "; did you mean '\(guess)'?" }
        message += "\n  hint: the commands are \(visible.joined(separator: ", ")); see '\(commandLine) --help'"
        return message
    }

    /// Every name a first word may take: the subcommands (with aliases) and `help`.
    static func commandNames(of root: ParsableCommand.Type) -> Set<String> {
        var names: Set<String> = ["help"]
        for command in root.configuration.subcommands {
            names.insert(commandName(command))
            names.formUnion(command.configuration.aliases)
        }
        return names
    }

    static func commandName(_ command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }
}
